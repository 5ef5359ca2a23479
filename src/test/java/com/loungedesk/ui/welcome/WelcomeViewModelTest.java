package com.loungedesk.ui.welcome;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.loungedesk.ui.common.TaskRunner;
import com.loungedesk.ui.common.Texts;
import com.loungedesk.ui.port.DemoPasses;
import com.loungedesk.ui.port.ScanInput;
import org.junit.jupiter.api.Test;

/** The how-to-cancel help is for the sandbox only, never for a real backend. */
class WelcomeViewModelTest {

    private static WelcomeViewModel welcome(boolean sandbox, String language) {
        return new WelcomeViewModel(DemoPasses.none(), ScanInput.none(), TaskRunner.direct(),
                Texts.forLanguage(language), (ref, source) -> { }, sandbox);
    }

    @Test
    void onTheSandboxTheWelcomeExplainsHowToCancel() {
        String hint = welcome(true, "en").cancelHintProperty().get();
        assertTrue(hint.contains("sign in with the role Supervisor"), hint);
        assertTrue(hint.contains("sets a PIN"), hint);
        assertTrue(hint.contains("F8") && hint.contains("Enter"), hint);
        assertTrue(welcome(true, "zh-CN").cancelHintProperty().get().contains("主管"));
    }

    @Test
    void onARealBackendItSaysNothingAboutIt() {
        assertEquals("", welcome(false, "en").cancelHintProperty().get());
    }
}
