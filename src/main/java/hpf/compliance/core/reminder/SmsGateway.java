package hpf.compliance.core.reminder;

/**
 * Sends one SMS. Implementations talk to a provider; {@link HttpSmsGateway} is the configurable HTTP one. A failure is
 * thrown, so the caller (the framework's system-message mechanism) retries it and shows it.
 */
public interface SmsGateway {
    /** The provider's id of the accepted message. */
    String send(String mobile, String text) throws SmsException;

    /** The provider refused the message or could not be reached; {@code retryable} when trying again may help. */
    final class SmsException extends Exception {
        private final boolean retryable;

        public SmsException(String message, boolean retryable, Throwable cause) {
            super(message, cause);
            this.retryable = retryable;
        }

        public boolean retryable() {
            return retryable;
        }
    }
}
