package org.relais.platform.upload;

import java.util.Objects;
import org.relais.platform.error.BusinessException;

/**
 * An upload is refused. The message key ({@code upload.*}) takes the file name as its first
 * argument ({@code {0}}), then the reason's own arguments, so every refusal names the file: « Le
 * fichier « bilan.pdf » n'est pas un PDF : son contenu est une archive ZIP. »
 *
 * <p>The status says which kind of refusal it is: 413 for sizes, 415 for types, 422 for archives
 * whose content breaks a rule.
 */
public class UploadRefused extends BusinessException {
    private static final long serialVersionUID = 1L;
    private final String fileName;
    private final String reasonKey;
    private final int status;

    public UploadRefused(int status, String fileName, String reasonKey, Object... arguments) {
        super(reasonKey, withName(fileName, arguments));
        this.fileName = Objects.requireNonNull(fileName, "fileName");
        this.reasonKey = reasonKey;
        this.status = status;
    }

    private static Object[] withName(String fileName, Object... arguments) {
        Object[] all = new Object[arguments.length + 1];
        all[0] = fileName;
        System.arraycopy(arguments, 0, all, 1, arguments.length);
        return all;
    }

    /** The refused file's name, as the uploader gave it. */
    public String fileName() {
        return fileName;
    }

    /** The reason's message key, also {@link #messageKey()}; for tests and logs. */
    public String reason() {
        return reasonKey;
    }

    @Override
    public int status() {
        return status;
    }
}
