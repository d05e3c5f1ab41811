package org.workprivacy.rules.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.workprivacy.rules.drools.load.RuleFile;
import org.workprivacy.rules.drools.load.RuleSetFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "init", mixinStandardHelpOptions = true,
        description = "Copies the bundled rules (rules, sentences, messages, casebooks) into DIR to edit them there.")
final class InitCommand implements Callable<Integer> {
    @Parameters(paramLabel = "DIR", description = "Directory to create; must not exist or be empty.")
    Path directory;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        if (Files.exists(directory) && (!Files.isDirectory(directory) || Files.list(directory).findAny().isPresent())) {
            spec.commandLine().getErr().println("error: " + directory + " exists and is not an empty directory; "
                    + "choose a new one so no edits are overwritten");
            return ExitCode.BAD_INPUT;
        }
        RuleSetFiles files = RuleSetFiles.fromClasspath();
        for (RuleFile file : files.files()) {
            Path target = directory.resolve(file.path());
            try {
                Files.createDirectories(target.getParent());
                Files.writeString(target, file.content(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                spec.commandLine().getErr().println("error: cannot write " + target + ": " + e.getMessage());
                return ExitCode.OUTPUT_FAILED;
            }
        }
        out.println("copied " + files.files().size() + " files of the bundled rules (version " + files.version()
                + ") to " + directory.toAbsolutePath().normalize());
        out.println("next: edit the rules under " + directory.resolve("org") + ", then");
        String[][] next = {
                {"workprivacy check --rules " + directory, "lists every problem as file:line:column"},
                {"workprivacy test --rules " + directory, "runs the casebooks and checks the invariants"},
                {"workprivacy decide --rules " + directory + " FILE", "decides a situation with these rules"}};
        int width = next[2][0].length() + 3;
        for (String[] step : next) {
            out.println("  " + step[0] + " ".repeat(width - step[0].length()) + step[1]);
        }
        out.flush();
        return ExitCode.OK;
    }
}
