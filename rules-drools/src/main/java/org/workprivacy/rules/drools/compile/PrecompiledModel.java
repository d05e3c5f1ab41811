package org.workprivacy.rules.drools.compile;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import org.drools.model.Model;
import org.drools.modelcompiler.KieBaseBuilder;
import org.kie.api.KieBase;
import org.workprivacy.rules.api.ruleset.RuleSetException;
import org.workprivacy.rules.drools.load.RuleSetFiles;

/**
 * The bundled rules precompiled at build time to Drools' executable model (Java classes instead of DRL
 * to parse and compile), which cuts the time to the first decision. The index written beside the
 * classes records the version of the rule files they were generated from; a model is only used for
 * exactly those files, so edited rules are always compiled from their DRL.
 */
public final class PrecompiledModel {
    /** Classpath resource listing the model classes and the rule-set version they implement. */
    public static final String INDEX = "META-INF/workprivacy/precompiled-rules.properties";
    public static final String VERSION = "version";
    public static final String MODELS = "models";

    private PrecompiledModel() {
    }

    /** The rule base of the model precompiled for exactly {@code files}, if the classpath has one. */
    public static Optional<KieBase> kieBaseFor(RuleSetFiles files) {
        ClassLoader loader = PrecompiledModel.class.getClassLoader();
        URL index = loader.getResource(INDEX);
        if (index == null) {
            return Optional.empty();
        }
        Properties properties = new Properties();
        try (InputStream in = index.openStream()) {
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + INDEX, e);
        }
        if (!files.version().equals(properties.getProperty(VERSION))) {
            return Optional.empty();
        }
        List<Model> models = new ArrayList<>();
        for (String name : properties.getProperty(MODELS, "").split(",")) {
            if (name.isBlank()) {
                continue;
            }
            try {
                models.add((Model) Class.forName(name.strip(), true, loader).getConstructor().newInstance());
            } catch (ReflectiveOperationException | ClassCastException e) {
                throw new RuleSetException("precompiled rule model " + name + " listed in " + INDEX
                        + " cannot be loaded: " + e, e);
            }
        }
        return Optional.of(KieBaseBuilder.createKieBaseFromModel(models));
    }
}
