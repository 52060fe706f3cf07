package io.printrelay.config;

import java.util.List;

/**
 * A {@code @Validated} settings record whose values are acceptable in some installations only (the sandbox's
 * credentials are refused outside it, live mode needs what test mode does not). Its refusals are checked while
 * Spring Boot binds it, so a refused setting stops startup with Boot's binding failure report: the key, its value
 * and why.
 */
@StartupCheck
public interface StartupChecked {

    /** Every setting of this record the installation cannot start with; none when it may start. */
    List<SettingRefusal> refusals(Installation installation);
}
