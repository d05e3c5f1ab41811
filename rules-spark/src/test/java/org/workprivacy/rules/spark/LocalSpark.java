package org.workprivacy.rules.spark;

import org.apache.spark.sql.SparkSession;

/** The one Spark session of the test run: local[2], no UI, few shuffle partitions; started on first use. */
final class LocalSpark {
    private static SparkSession session;

    private LocalSpark() {
    }

    static synchronized SparkSession session() {
        if (session == null) {
            session = SparkSession.builder()
                    .master("local[2]")
                    .appName("rules-spark tests")
                    .config("spark.ui.enabled", "false")
                    .config("spark.sql.shuffle.partitions", "2")
                    .config("spark.driver.host", "127.0.0.1")
                    .config("spark.driver.bindAddress", "127.0.0.1")
                    // Small splits: the generated file is read by several tasks, as a big one on a cluster is.
                    .config("spark.sql.files.maxPartitionBytes", String.valueOf(4 << 20))
                    .getOrCreate();
            Runtime.getRuntime().addShutdownHook(new Thread(session::stop));
        }
        return session;
    }
}
