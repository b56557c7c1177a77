package org.clusterhub.shared.validation;

/**
 * The 18-character unified social credit code (统一社会信用代码) of GB 32100-2015: registration authority,
 * organization type, 6-digit administrative division, 9-character organization code and a check character
 * computed modulo 31 over the first 17 characters.
 */
public final class UnifiedSocialCreditCode {

    /** The 31 characters the standard allows, in value order (no I, O, S, V, Z). */
    static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    private UnifiedSocialCreditCode() {
    }

    public static boolean isValid(String code) {
        if (code == null || code.length() != 18) {
            return false;
        }
        for (int i = 0; i < 18; i++) {
            if (ALPHABET.indexOf(code.charAt(i)) < 0) {
                return false;
            }
        }
        for (int i = 2; i < 8; i++) {
            if (!Character.isDigit(code.charAt(i))) {
                return false;
            }
        }
        return checkCharacter(code.substring(0, 17)) == code.charAt(17);
    }

    /** The check character for the first 17 characters of a code. */
    public static char checkCharacter(String first17) {
        if (first17.length() != 17) {
            throw new IllegalArgumentException("expected 17 characters");
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            int value = ALPHABET.indexOf(first17.charAt(i));
            if (value < 0) {
                throw new IllegalArgumentException("invalid character " + first17.charAt(i));
            }
            sum += value * WEIGHTS[i];
        }
        int check = 31 - sum % 31;
        return ALPHABET.charAt(check == 31 ? 0 : check);
    }
}
