package org.workprivacy.rules.drools.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.RecursiveAction;

/**
 * Visits the table of every set of unstated facts (every mask), each built from its parent in the tree
 * where a mask's parent drops its highest fact: the complete table first, then in parallel down the tree.
 * Only the tables on the paths being worked on are alive at a time, each at most the complete table's size.
 */
final class SubsetWalk {
    interface Visitor {
        /** Called once per mask with one table per catalog, from several threads. */
        void visit(int mask, StateTable[] tables);
    }

    private SubsetWalk() {
    }

    static void walk(SpaceLayout layout, List<Catalog> catalogs, Visitor visitor) {
        StateTable[] roots = catalogs.stream().map(c -> StateTable.complete(layout, c)).toArray(StateTable[]::new);
        // Its own pool with one worker per core: the common pool has one worker fewer, and a thread that
        // merely waits for it does no work.
        ForkJoinPool pool = new ForkJoinPool(Runtime.getRuntime().availableProcessors());
        try {
            pool.invoke(new Node(layout.facts.size(), roots, -1, null, visitor));
        } finally {
            pool.shutdown();
        }
    }

    private static final class Node extends RecursiveAction {
        private final int facts;
        private final int fact;
        private final StateTable[] parent;
        private final Visitor visitor;
        private StateTable[] tables;

        Node(int facts, StateTable[] tables, int fact, StateTable[] parent, Visitor visitor) {
            this.facts = facts;
            this.tables = tables;
            this.fact = fact;
            this.parent = parent;
            this.visitor = visitor;
        }

        @Override
        protected void compute() {
            if (tables == null) {
                tables = new StateTable[parent.length];
                for (int i = 0; i < parent.length; i++) {
                    tables[i] = parent[i].without(fact);
                }
            }
            int mask = tables[0].mask;
            visitor.visit(mask, tables);
            int highest = mask == 0 ? -1 : 31 - Integer.numberOfLeadingZeros(mask);
            List<Node> children = new ArrayList<>();
            for (int f = highest + 1; f < facts; f++) {
                children.add(new Node(facts, null, f, tables, visitor));
            }
            if (!children.isEmpty()) {
                invokeAll(children);
            }
            tables = null;
        }
    }
}
