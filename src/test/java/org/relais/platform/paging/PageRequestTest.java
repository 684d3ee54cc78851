package org.relais.platform.paging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.relais.platform.error.RuleViolation;

class PageRequestTest {
    @ParameterizedTest
    @CsvSource({",,1,20,0", "2,10,2,10,10", "3,100,3,100,200", " 1 , 5 ,1,5,0"})
    void validRequests(String page, String size, int expectedPage, int expectedSize, int offset) {
        PageRequest request = PageRequest.of(page, size);
        assertEquals(expectedPage, request.page());
        assertEquals(expectedSize, request.size());
        assertEquals(offset, request.offset());
    }

    @ParameterizedTest
    @CsvSource({"0,10,page", "-1,10,page", "abc,10,page", "1,0,size", "1,101,size", "1,dix,size"})
    void invalidRequestsNameTheField(String page, String size, String field) {
        RuleViolation violation =
                assertThrows(RuleViolation.class, () -> PageRequest.of(page, size));
        assertEquals(field, violation.errors().get(0).field());
    }
}
