package org.clusterhub.ui.activity;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.server.streams.DownloadHandler;
import java.util.Locale;
import java.util.function.Function;

/**
 * A download link whose file is made when it is clicked, in the person's language. The screens make files
 * themselves: the REST API is stateless (HTTP Basic), so a signed-in browser session cannot fetch from it.
 */
public final class Downloads {

    private Downloads() {
    }

    public static Anchor link(String id, String label, VaadinIcon icon, String fileName, String contentType,
                              Function<Locale, byte[]> file) {
        DownloadHandler handler = event -> {
            byte[] body = file.apply(event.getUI().getLocale());
            event.setFileName(fileName);
            event.setContentType(contentType);
            event.getOutputStream().write(body);
        };
        Anchor anchor = new Anchor(handler, AttachmentType.DOWNLOAD, "");
        anchor.add(icon.create(), new Span(" " + label));
        anchor.setId(id);
        return anchor;
    }
}
