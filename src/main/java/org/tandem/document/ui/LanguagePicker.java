package org.tandem.document.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import java.util.List;

/** A language field offering common BCP 47 tags; any other well-formed tag can be typed. */
final class LanguagePicker extends ComboBox<String> {

    static final List<String> COMMON = List.of("ar", "ca", "cs", "da", "de", "de-AT", "de-CH", "el", "en-GB",
            "en-US", "es", "es-419", "es-MX", "fi", "fr", "fr-CA", "he", "hu", "it", "ja", "ko", "nb", "nl", "pl",
            "pt-BR", "pt-PT", "ro", "ru", "sk", "sv", "tr", "uk", "zh-CN", "zh-TW");

    LanguagePicker(String label, String value) {
        super(label, COMMON);
        setAllowCustomValue(true);
        addCustomValueSetListener(e -> setValue(e.getDetail()));
        if (value != null) {
            setValue(value);
        }
        setWidth("9em");
    }
}
