package org.clinic.handouts.report;

import freemarker.core.TemplateClassResolver;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.Locale;
import java.util.Map;
import org.clinic.handouts.ExitCode;
import org.clinic.handouts.HandoutsException;
import org.clinic.handouts.model.Clinic;
import org.clinic.handouts.render.FontSet;
import org.clinic.handouts.render.Labels;
import org.clinic.handouts.render.Layout;
import org.openpdf.text.pdf.PdfDate;
import org.openpdf.text.pdf.PdfDictionary;
import org.openpdf.text.pdf.PdfEncryption;
import org.openpdf.text.pdf.PdfName;
import org.xhtmlrenderer.pdf.DefaultPDFCreationListener;
import org.xhtmlrenderer.pdf.ITextRenderer;

/**
 * The library report as a PDF: the layout's {@code library-report.ftlx} with {@code library-report.css}, laid
 * out by Flying Saucer with the layout's fonts. Dated by the report's day and identified by its content, so the
 * same library on the same day gives the same bytes.
 */
public final class LibraryPdf {
    static final String LAYOUT = "library-report.ftlx";
    static final String STYLESHEET = "library-report.css";
    private static final freemarker.template.Version RULES = Configuration.VERSION_2_3_34;

    private LibraryPdf() {}

    public static byte[] write(LibraryIndex index, Labels.Report labels, Clinic clinic, Layout layout) {
        String summary = Labels.fill(labels.summary(), Map.of("count", index.rows().size(),
                "overdue", index.overdue(), "date", index.today()));
        String xhtml = xhtml(layout, Map.of("labels", labels, "summary", summary, "clinic", clinic,
                "rows", index.rows(), "language", clinic.language()));
        String css = layout.text(STYLESHEET);
        String document = xhtml.replaceFirst("</head>", "<style type=\"text/css\">" + css.replace("]]>", "")
                + "</style></head>");
        ITextRenderer renderer = new ITextRenderer();
        ReportFonts.register(renderer.getFontResolver(), FontSet.load(layout), document);
        renderer.setDocumentFromString(document);
        renderer.layout();
        byte[] id = ReportFonts.digest(document);
        renderer.setListener(new DefaultPDFCreationListener() {
            @Override
            public void onClose(ITextRenderer r) {
                PdfDictionary info = r.getWriter().getInfo();
                java.util.GregorianCalendar day = new java.util.GregorianCalendar(java.util.TimeZone.getTimeZone("UTC"));
                day.clear();
                day.set(index.today().getYear(), index.today().getMonthValue() - 1, index.today().getDayOfMonth());
                info.put(PdfName.CREATIONDATE, new PdfDate(day));
                info.put(PdfName.MODDATE, new PdfDate(day));
                info.put(PdfName.FILEID, PdfEncryption.createInfoId(id, id));
            }
        });
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        renderer.createPDF(out);
        return out.toByteArray();
    }

    private static String xhtml(Layout layout, Map<String, Object> model) {
        Configuration config = new Configuration(RULES);
        config.setDefaultEncoding("UTF-8");
        config.setLocale(Locale.ROOT);
        config.setNumberFormat("computer");
        config.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        config.setLogTemplateExceptions(false);
        config.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
        config.setAPIBuiltinEnabled(false);
        config.setObjectWrapper(new DefaultObjectWrapperBuilder(RULES).build());
        StringWriter out = new StringWriter();
        try {
            new freemarker.template.Template(LAYOUT, new StringReader(layout.text(LAYOUT)), config).process(model, out);
        } catch (TemplateException e) {
            throw new HandoutsException(ExitCode.FAILURE, "layout " + LAYOUT + ":" + e.getLineNumber() + ":"
                    + e.getColumnNumber() + ": " + e.getMessageWithoutStackTop(), e);
        } catch (IOException e) {
            throw new HandoutsException(ExitCode.FAILURE, "cannot read layout " + LAYOUT + ": " + e.getMessage(), e);
        }
        return out.toString();
    }
}
