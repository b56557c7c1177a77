package org.clusterhub.ui.activity.detail;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.server.streams.DownloadHandler;
import org.clusterhub.activity.api.RegistrationView;
import org.clusterhub.activity.export.CheckInQrCode;
import org.clusterhub.ui.activity.Downloads;

/** A registration's check-in code as a QR code to show at the door, and as a PNG to download. */
final class QrDialog extends Dialog {

    QrDialog(RegistrationView registration, String activityTitle) {
        setHeaderTitle(getTranslation("activity.qr.title"));
        setId("qr-dialog");
        DownloadHandler png = event -> {
            event.setContentType("image/png");
            event.getOutputStream().write(CheckInQrCode.png(registration.checkInCode(), 320));
        };
        Image image = new Image(png, getTranslation("activity.qr.alt", registration.checkInCode()));
        image.setId("qr-image");
        image.setWidth("240px");
        image.setHeight("240px");
        Span code = new Span(registration.checkInCode());
        code.setId("qr-code-text");
        code.getStyle().set("font-family", "monospace").set("font-size", "var(--lumo-font-size-xl)")
                .set("letter-spacing", "0.1em");
        Span who = new Span(registration.attendeeName() + " · " + registration.organization());
        Span what = new Span(activityTitle);
        what.getStyle().set("color", "var(--lumo-secondary-text-color)");
        VerticalLayout body = new VerticalLayout(image, code, who, what,
                Downloads.link("qr-download", getTranslation("activity.qr.download"), VaadinIcon.DOWNLOAD_ALT,
                        "check-in-" + registration.checkInCode() + ".png", "image/png",
                        locale -> CheckInQrCode.png(registration.checkInCode(), 800)));
        body.setAlignItems(FlexComponent.Alignment.CENTER);
        add(body);
        getFooter().add(new Button(getTranslation("common.confirm"), click -> close()));
    }
}
