package org.clusterhub.ui.support;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import java.time.LocalDate;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The time control of the project library and the province dashboard (ADR 016): a day to show the screen as it stood
 * at its end (Asia/Shanghai), a banner saying so, a way back to live, and a progress bar while the past is rebuilt
 * from the event store off the UI thread.
 */
public class AsOfControl extends HorizontalLayout {

    private static final Logger log = LoggerFactory.getLogger(AsOfControl.class);

    private final DatePicker day = new DatePicker();
    private final Button live = new Button();
    private final ProgressBar progress = new ProgressBar();
    private final Span loading = new Span();
    private final HorizontalLayout banner = new HorizontalLayout();
    private final Span bannerText = new Span();
    private boolean quiet;

    public AsOfControl(Consumer<LocalDate> changed) {
        setAlignItems(FlexComponent.Alignment.BASELINE);
        setSpacing(true);
        setId("as-of-control");
        day.setPlaceholder(getTranslation("common.asOf.label"));
        day.setTooltipText(getTranslation("common.asOf.help"));
        day.setClearButtonVisible(true);
        day.setMax(LocalDate.now(Texts.SHANGHAI).minusDays(1));
        day.setId("as-of-day");
        day.setWidth("11rem");
        day.setLocale(Texts.english() ? java.util.Locale.UK : java.util.Locale.CHINA);
        day.addValueChangeListener(e -> {
            if (!quiet) {
                changed.accept(e.getValue());
            }
        });
        live.setText(getTranslation("common.asOf.live"));
        live.setIcon(VaadinIcon.REFRESH.create());
        live.addThemeVariants(ButtonVariant.LUMO_SMALL);
        live.setId("as-of-live");
        live.addClickListener(click -> day.clear());
        progress.setIndeterminate(true);
        progress.setWidth("8rem");
        progress.setId("as-of-progress");
        loading.setText(getTranslation("common.asOf.loading"));
        loading.setId("as-of-loading");
        loading.addClassName("current-user");
        progress.setVisible(false);
        loading.setVisible(false);
        add(day, loading, progress);

        bannerText.setId("as-of-banner-text");
        banner.add(VaadinIcon.CLOCK.create(), bannerText, live);
        banner.setId("as-of-banner");
        banner.setAlignItems(FlexComponent.Alignment.CENTER);
        banner.getElement().getThemeList().add("badge contrast");
        banner.getStyle().set("padding", "var(--lumo-space-xs) var(--lumo-space-m)")
                .set("border-radius", "var(--lumo-border-radius-m)");
        banner.setVisible(false);
    }

    /** The "as of ..." banner with its way back to live; the screen places it. */
    public HorizontalLayout banner() {
        return banner;
    }

    /** Shows {@code value} (null: live) without telling the listener, e.g. when read from the URL. */
    public void show(LocalDate value) {
        quiet = true;
        try {
            day.setValue(value);
        } finally {
            quiet = false;
        }
        banner.setVisible(value != null);
        if (value != null) {
            bannerText.setText(getTranslation("common.asOf.banner", value.toString()));
        }
    }

    public LocalDate value() {
        return day.getValue();
    }

    /**
     * Runs {@code work} (the rebuild) off the UI thread with the progress bar shown, then {@code then} in the UI.
     * A failure shows an error and still runs {@code then}, which falls back to whatever the screen can show.
     */
    public <T> void load(UI ui, java.util.function.Supplier<T> work, Consumer<T> then) {
        progress.setVisible(true);
        loading.setVisible(true);
        CompletableFuture.supplyAsync(work).whenComplete((result, failure) -> ui.access(() -> {
            progress.setVisible(false);
            loading.setVisible(false);
            if (failure != null) {
                log.warn("rebuilding a past state failed", failure);
                CommandSender.error(this, getTranslation("common.asOf.failed"));
            }
            then.accept(result);
        }));
    }

    public boolean isLoading() {
        return progress.isVisible();
    }
}
