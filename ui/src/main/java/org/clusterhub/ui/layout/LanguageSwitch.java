package org.clusterhub.ui.layout;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.select.Select;
import java.util.Locale;

/** The visible zh-CN / English switch, in the header and on the sign-in page. */
public class LanguageSwitch extends Select<Locale> {

    public LanguageSwitch() {
        setItems(MessageSourceI18NProvider.LOCALES);
        setItemLabelGenerator(locale -> locale.getLanguage().equals("en") ? "English" : "简体中文");
        setId("language-switch");
        setWidth("9em");
        addAttachListener(attach -> {
            Locale current = attach.getUI().getLocale();
            setValue(current.getLanguage().equals("en") ? Locale.ENGLISH : MessageSourceI18NProvider.CHINESE);
            setAriaLabel(getTranslation("common.language"));
        });
        addValueChangeListener(change -> {
            if (change.isFromClient() && change.getValue() != null) {
                UiLocale.switchTo(UI.getCurrent(), change.getValue());
            }
        });
    }
}
