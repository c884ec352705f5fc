package io.tributary.agents.repo.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LicenceTextsTest {

    @Test
    void mitText_isMit_whateverItsLineBreaks() {
        assertThat(LicenceTexts.identifyText("Copyright (c) 2024 X\n\nPermission is hereby granted, free of\n"
                + "charge, to any person obtaining a copy of this software")).contains("MIT");
    }

    @Test
    void gplText_thatNamesTheLgpl_isStillTheGpl() {
        assertThat(LicenceTexts.identifyText("GNU GENERAL PUBLIC LICENSE\n   Version 3, 29 June 2007\n ... use the"
                + " GNU Lesser General Public License instead of this License.")).contains("GPL-3.0-only");
    }

    @Test
    void apacheAndBsdTexts_areTellApart() {
        assertThat(LicenceTexts.identifyText("Apache License\n Version 2.0, January 2004")).contains("Apache-2.0");
        assertThat(LicenceTexts.identifyText("Redistribution and use in source and binary forms ... Neither the name"
                + " of the copyright holder")).contains("BSD-3-Clause");
        assertThat(LicenceTexts.identifyText("Redistribution and use in source and binary forms")).contains("BSD-2-Clause");
    }

    @Test
    void unknownText_isNotGuessed() {
        assertThat(LicenceTexts.identifyText("All rights reserved. Ask us before you use this.")).isEmpty();
    }

    @Test
    void declaredValues_spdxExpressionsAndManifestNames_becomeSpdxIds() {
        assertThat(LicenceTexts.identifyDeclared("(MIT OR Apache-2.0)")).containsExactly("MIT", "Apache-2.0");
        assertThat(LicenceTexts.identifyDeclared("The Apache Software License, Version 2.0")).containsExactly("Apache-2.0");
        assertThat(LicenceTexts.identifyDeclared("GPL-2.0-or-later WITH Classpath-exception-2.0"))
                .containsExactly("GPL-2.0-or-later", "Classpath-exception-2.0");
        assertThat(LicenceTexts.identifyDeclared("Custom-1.0")).containsExactly("Custom-1.0");
        assertThat(LicenceTexts.isKnown("Custom-1.0")).isFalse();
    }
}
