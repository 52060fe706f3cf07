package io.printrelay.config;

/** A setting that must be given before PrintRelay may start in this mode; the message names it. */
public class MissingSettingException extends RuntimeException {

    private final String setting;

    public MissingSettingException(String setting, String why) {
        super(setting + " " + why);
        this.setting = setting;
    }

    public String setting() {
        return setting;
    }

    /** The environment variable Spring Boot reads for the setting, e.g. PRINTRELAY_API_API_KEY. */
    public String environmentVariable() {
        return setting.replace('.', '_').replace('-', '_').toUpperCase();
    }
}
