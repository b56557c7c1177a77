package org.clusterhub.ui.project.detail;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.server.streams.UploadEvent;
import java.io.IOException;
import java.io.InputStream;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.clusterhub.project.api.AttachProjectDocumentCommand;
import org.clusterhub.project.api.AttachmentView;
import org.clusterhub.project.api.ProjectView;
import org.clusterhub.shared.AttachmentStore;
import org.clusterhub.shared.DomainRuleViolation;
import org.clusterhub.ui.support.CommandSender;
import org.clusterhub.ui.support.Texts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Application forms, contracts, acceptance reports and evidence. A file is stored first (the store checks size and
 * type) and becomes part of the project only through {@link AttachProjectDocumentCommand}; when that command is
 * refused, the stored file is discarded, so that no file hangs about without the event that owns it.
 */
final class DocumentsTab extends VerticalLayout implements ProjectTab {

    /** Categories offered; the command accepts any short code, and one without a translation is shown as is. */
    static final List<String> CATEGORIES = List.of("APPLICATION_FORM", "CONTRACT", "ACCEPTANCE_REPORT", "EVIDENCE",
            "OTHER");
    private static final Logger log = LoggerFactory.getLogger(DocumentsTab.class);

    private final EditSession session;
    private final AttachmentStore attachments;
    private final Grid<AttachmentView> grid = new Grid<>();
    private final Select<String> category = new Select<>();
    private final Upload upload = new Upload();
    private final HorizontalLayout uploadBar;
    /** The chosen category, read by the upload's request thread, which holds no session lock. */
    private volatile String chosenCategory = "APPLICATION_FORM";

    DocumentsTab(EditSession session, AttachmentStore attachments) {
        this.session = session;
        this.attachments = attachments;
        setPadding(false);
        setSizeFull();
        category.setId("document-category");
        category.setLabel(getTranslation("project.editor.document.category"));
        category.setItems(CATEGORIES);
        category.setItemLabelGenerator(this::categoryName);
        category.setValue(chosenCategory);
        category.setEmptySelectionAllowed(false);
        category.addValueChangeListener(change -> chosenCategory = change.getValue() == null ? "OTHER"
                : change.getValue());
        upload.setId("document-upload");
        upload.setUploadHandler(this::receive);
        upload.setI18n(uploadTexts());
        uploadBar = new HorizontalLayout(category, upload);
        uploadBar.setAlignItems(FlexComponent.Alignment.END);
        grid.setId("document-grid");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.addComponentColumn(this::downloadLink).setKey("file")
                .setHeader(getTranslation("project.editor.document.file")).setFlexGrow(3);
        grid.addColumn(a -> categoryName(a.category())).setKey("category")
                .setHeader(getTranslation("project.editor.document.category")).setWidth("8rem").setFlexGrow(0);
        grid.addColumn(a -> size(a.size())).setKey("size").setHeader(getTranslation("project.editor.document.size"))
                .setWidth("7rem").setFlexGrow(0).setTextAlign(ColumnTextAlign.END);
        grid.addColumn(AttachmentView::addedBy).setKey("addedBy")
                .setHeader(getTranslation("project.editor.document.addedBy")).setFlexGrow(1);
        grid.addColumn(a -> Texts.dateTime(this, a.addedAt())).setKey("addedAt")
                .setHeader(getTranslation("project.editor.document.addedAt")).setWidth("11rem").setFlexGrow(0);
        add(uploadBar, grid);
    }

    @Override
    public void show(ProjectView project, EditRights rights) {
        uploadBar.setVisible(rights.mayAttach());
        grid.setItems(project.attachments().stream()
                .sorted(Comparator.comparing(AttachmentView::eventSequence)).toList());
    }

    /**
     * Runs on the upload's request thread, without the session lock: the file streams into the store there, and
     * only the command and the messages run inside {@code UI.access}.
     */
    private void receive(UploadEvent event) {
        UI ui = event.getUI();
        String categoryOfFile = chosenCategory;
        AttachmentStore.StoredFile stored;
        try (InputStream content = event.getInputStream()) {
            stored = attachments.store(session.projectId().toString(), event.getFileName(),
                    event.getContentType(), content);
        } catch (DomainRuleViolation refused) {
            ui.access(() -> {
                CommandSender.error(this, getTranslation(refused.messageKey(), refused.arguments()));
                upload.clearFileList();
            });
            return;
        } catch (IOException | RuntimeException e) {
            log.warn("upload of {} failed", event.getFileName(), e);
            ui.access(() -> {
                CommandSender.error(this, getTranslation("common.error.unexpected"));
                upload.clearFileList();
            });
            return;
        }
        ui.access(() -> attach(stored, categoryOfFile));
    }

    private void attach(AttachmentStore.StoredFile file, String fileCategory) {
        boolean attached = session.send(new AttachProjectDocumentCommand(session.projectId(), file.attachmentId(),
                fileCategory, file.fileName(), file.contentType(), file.size(), file.sha256()), null);
        if (attached) {
            CommandSender.success(this, getTranslation("project.editor.document.attached", file.fileName()));
        } else {
            // Refused (the notice says why): the file belongs to no event, so it must not stay in the store.
            attachments.discard(file.attachmentId());
        }
        upload.clearFileList();
    }

    private Component downloadLink(AttachmentView attachment) {
        DownloadHandler download = DownloadHandler.fromInputStream(request -> attachments
                .open(attachment.attachmentId())
                .map(content -> new DownloadResponse(content.content(), attachment.fileName(),
                        attachment.contentType(), attachment.size()))
                .orElseGet(() -> DownloadResponse.error(404)));
        Anchor link = new Anchor(download, AttachmentType.DOWNLOAD, attachment.fileName());
        link.addClassName("document-download");
        return link;
    }

    private String categoryName(String code) {
        String translated = getTranslation("project.editor.document.category." + code);
        return translated.startsWith("!") ? code : translated;
    }

    private String size(long bytes) {
        if (bytes < 1024) {
            return bytes + " B";
        } else if (bytes < 1024 * 1024) {
            return String.format(Locale.ROOT, "%.1f KB", bytes / 1024.0);
        }
        return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
    }

    private UploadI18N uploadTexts() {
        UploadI18N i18n = new UploadI18N();
        i18n.setAddFiles(new UploadI18N.AddFiles().setOne(getTranslation("project.editor.document.upload"))
                .setMany(getTranslation("project.editor.document.upload")));
        i18n.setDropFiles(new UploadI18N.DropFiles().setOne(getTranslation("project.editor.document.drop"))
                .setMany(getTranslation("project.editor.document.drop")));
        i18n.setError(new UploadI18N.Error().setTooManyFiles(getTranslation("project.editor.document.tooMany"))
                .setFileIsTooBig(getTranslation("project.editor.document.tooBig"))
                .setIncorrectFileType(getTranslation("project.editor.document.wrongType")));
        i18n.setUploading(new UploadI18N.Uploading()
                .setStatus(new UploadI18N.Uploading.Status().setConnecting(getTranslation("project.editor.document.connecting"))
                        .setStalled(getTranslation("project.editor.document.stalled"))
                        .setProcessing(getTranslation("project.editor.document.processing"))
                        .setHeld(getTranslation("project.editor.document.held")))
                .setRemainingTime(new UploadI18N.Uploading.RemainingTime()
                        .setPrefix(getTranslation("project.editor.document.remaining")).setUnknown(""))
                .setError(new UploadI18N.Uploading.Error()
                        .setServerUnavailable(getTranslation("common.error.unexpected"))
                        .setUnexpectedServerError(getTranslation("common.error.unexpected"))
                        .setForbidden(getTranslation("common.error.forbidden"))));
        i18n.setUnits(new UploadI18N.Units(List.of("B", "kB", "MB", "GB", "TB", "PB", "EB", "ZB", "YB")));
        return i18n;
    }
}
