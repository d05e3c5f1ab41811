package org.workprivacy.rules.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import org.workprivacy.rules.drools.load.RuleSetFiles;
import picocli.CommandLine.IVersionProvider;

/**
 * {@code --version}: the project version (written into the jar by the build) and the version of the rules
 * bundled in it, so a verdict's {@code ruleSetVersion} can be traced to the release that produced it.
 */
final class VersionProvider implements IVersionProvider {
    private static final String RESOURCE = "version.properties";

    @Override
    public String[] getVersion() {
        return new String[] {"workprivacy " + projectVersion(),
                "bundled rules " + RuleSetFiles.fromClasspath().version()};
    }

    static String projectVersion() {
        Properties properties = new Properties();
        try (InputStream in = VersionProvider.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the jar: the build did not write it");
            }
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties.getProperty("version");
    }
}
