package org.clusterhub.shared.validation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class UnifiedSocialCreditCodeTest {

    @ParameterizedTest
    @ValueSource(strings = {"91370200163562681G", "91370700MA3C8XY02D", "91370100MA3C8XY03H"})
    void acceptsCodesWithTheirCheckCharacter(String code) {
        assertThat(UnifiedSocialCreditCode.isValid(code)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"91370200163562681A", "9137020016356268", "91370200163562681GG", "913702001635626810",
            "91370200I63562681G", "91AB0200163562681G", "91370200163562681g", ""})
    void refusesWrongCheckCharactersLengthsAndForbiddenCharacters(String code) {
        assertThat(UnifiedSocialCreditCode.isValid(code)).isFalse();
    }

    @Test
    void computesTheCheckCharacterOverTheFirstSeventeen() {
        assertThat(UnifiedSocialCreditCode.checkCharacter("91370200163562681")).isEqualTo('G');
        // Every single-character typo in a valid code is caught by the check character.
        String valid = "91370700MA3C8XY02D";
        for (int i = 0; i < 17; i++) {
            for (char c : UnifiedSocialCreditCode.ALPHABET.toCharArray()) {
                if (c != valid.charAt(i)) {
                    String typo = valid.substring(0, i) + c + valid.substring(i + 1);
                    assertThat(UnifiedSocialCreditCode.isValid(typo)).as(typo).isFalse();
                }
            }
        }
    }

    @Test
    void plainTextRefusesMarkupAndScripts() {
        PlainText.Validator validator = new PlainText.Validator();
        assertThat(validator.isValid("青岛轨道交通装备产业协会 (R&D > 50%)", null)).isTrue();
        assertThat(validator.isValid("<script>alert(1)</script>", null)).isFalse();
        assertThat(validator.isValid("<img src=x onerror=alert(1)>", null)).isFalse();
        assertThat(validator.isValid("javascript:alert(1)", null)).isFalse();
        assertThat(validator.isValid(java.util.List.of("ok", "<b>bold</b>"), null)).isFalse();
    }
}
