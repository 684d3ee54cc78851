package org.relais.betatest.domain;

/** The devices a call may ask its testers to use. */
public enum Device implements Coded {
    ANDROID("android"),
    IOS("ios"),
    COMPUTER("computer"),
    TABLET("tablet");

    private final String code;

    Device(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    public static Device fromCode(String code) {
        return Coded.parse(Device.class, code, "criteria.devices");
    }
}
