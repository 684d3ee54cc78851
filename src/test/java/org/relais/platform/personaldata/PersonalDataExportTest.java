package org.relais.platform.personaldata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PersonalDataExportTest {
    private static PersonalDataSection section(String name, Object content) {
        return new PersonalDataSection() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public Object of(long memberId) {
                return Map.of("member", memberId, "content", content);
            }
        };
    }

    @Test
    void eachSectionGivesItsContentForTheMemberUnderItsNameInNameOrder() {
        Map<String, Object> export =
                PersonalDataExport.gather(
                        List.of(section("timebank", "hours"), section("forum", "posts")), 7);
        assertEquals(List.of("forum", "timebank"), List.copyOf(export.keySet()));
        assertEquals(Map.of("member", 7L, "content", "posts"), export.get("forum"));
    }

    @Test
    void twoSectionsWithOneNameAreAMistakeNotASilentOverwrite() {
        assertThrows(
                IllegalStateException.class,
                () ->
                        PersonalDataExport.gather(
                                List.of(section("forum", "a"), section("forum", "b")), 7));
    }
}
