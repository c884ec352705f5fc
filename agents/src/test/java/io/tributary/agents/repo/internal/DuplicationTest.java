package io.tributary.agents.repo.internal;

import static io.tributary.agents.repo.internal.RepoSamples.write;
import static org.assertj.core.api.Assertions.assertThat;

import io.tributary.agents.repo.Repository;
import io.tributary.api.finding.Finding;
import io.tributary.api.finding.Severity;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DuplicationTest {

    private static final String BLOCK = """
            function total(items) {
              var sum = 0;
              for (var i = 0; i < items.length; i++) {
                sum += items[i].price * items[i].quantity;
              }
              var tax = sum * 0.2;
              var shipping = sum > 100 ? 0 : 5;
              return sum + tax + shipping;
            }
            """;

    @TempDir
    Path root;

    @Test
    void blockCopiedIntoAnotherFile_isFoundWithItsLines() {
        write(root, "a.js", "var x = require('x');\n\n" + BLOCK);
        write(root, "lib/b.js", BLOCK + "module.exports = total;\n");
        Duplication duplication = scan();
        assertThat(duplication.blocks()).extracting(Duplication.Block::file, Duplication.Block::fromLine,
                Duplication.Block::toLine, Duplication.Block::otherFile).contains(
                org.assertj.core.groups.Tuple.tuple("a.js", 3, 10, "lib/b.js"));
        Finding finding = DuplicationRules.judge(duplication).get(0);
        assertThat(finding.topic()).isEqualTo("duplication.high");
        assertThat(finding.severity()).isEqualTo(Severity.MEDIUM);
        assertThat(finding.evidence().get(0).locator()).startsWith("lines 3-10, also lib/b.js line 1");
    }

    @Test
    void commentHeadersAndClosingBraces_areNotDuplication() {
        String header = "/*\n * Copyright 2024 The Authors\n * Licensed under the Apache License, Version 2.0\n"
                + " * you may not use this file except in compliance with the License.\n * See LICENSE.\n */\n";
        write(root, "a.js", header + "var a = 1;\n}\n}\n}\n");
        write(root, "b.js", header + "var b = 2;\n}\n}\n}\n");
        assertThat(scan().blocks()).isEmpty();
        assertThat(DuplicationRules.judge(scan()).get(0).topic()).isEqualTo("duplication.none");
    }

    @Test
    void fileThatIsNotUtf8_isAProblemNamingIt() throws Exception {
        write(root, "a.js", BLOCK);
        Files.write(root.resolve("b.js"), new byte[] {(byte) 0xC3, (byte) 0x28});
        Duplication duplication = scan();
        assertThat(duplication.files()).isEqualTo(1);
        assertThat(duplication.problems()).extracting(p -> p.file()).containsExactly("b.js");
    }

    private Duplication scan() {
        Repository repository = Repository.open(root);
        List<Path> sources = SourceFiles.sources(repository.listing().files());
        return Duplication.of(repository, sources);
    }
}
