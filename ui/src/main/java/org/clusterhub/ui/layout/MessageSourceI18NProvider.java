package org.clusterhub.ui.layout;

import com.vaadin.flow.i18n.I18NProvider;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Vaadin's translations come from the same message bundles as the API's problem texts ({@code i18n/*.properties},
 * listed in {@code spring.messages.basename}): one place for every label and message, per context.
 */
@Component
class MessageSourceI18NProvider implements I18NProvider {

    static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
    static final List<Locale> LOCALES = List.of(CHINESE, Locale.ENGLISH);

    private final MessageSource messages;

    MessageSourceI18NProvider(MessageSource messages) {
        this.messages = messages;
    }

    @Override
    public List<Locale> getProvidedLocales() {
        return LOCALES;
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        return messages.getMessage(key, params.length == 0 ? null : params, "!" + key, locale);
    }
}
