package org.clinic.handouts.render;

import freemarker.cache.ClassTemplateLoader;
import freemarker.cache.FileTemplateLoader;
import freemarker.cache.MultiTemplateLoader;
import freemarker.cache.TemplateLoader;
import freemarker.core.TemplateClassResolver;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.clinic.handouts.Background;
import org.clinic.handouts.ExitCode;
import org.clinic.handouts.HandoutsException;
import org.clinic.handouts.model.Article;
import org.clinic.handouts.model.Asset;
import org.clinic.handouts.model.Clinic;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/**
 * Merges an article with the layouts into XHTML. Layouts see only the immutable article and clinic; values are
 * auto-escaped ({@code .ftlx}), so article text can never become markup or template code.
 */
public final class XhtmlRenderer {
    /** Fixed, so an upgrade of FreeMarker cannot silently change how layouts behave. */
    private static final freemarker.template.Version FREEMARKER_RULES = Configuration.VERSION_2_3_34;
    static final String MAIN_LAYOUT = "article.ftlx";

    private final Configuration freemarker;
    private final Layout layout;
    /** The label catalogue of each language met so far (the sources page dates an undated source with it). */
    private final Map<String, Labels> labels = new java.util.concurrent.ConcurrentHashMap<>();
    /** The main layout, compiled on a thread of its own while the articles are read and checked. */
    private final CompletableFuture<Template> mainLayout;

    private final Optional<ScriptRuns> scriptRuns;

    /** A renderer that leaves every character in the text fonts (for tests of the layouts alone). */
    public XhtmlRenderer(Layout layout) {
        this(layout, Optional.empty());
    }

    /** A renderer that gives runs of other scripts the families of {@code scripts.yaml} (see {@link ScriptRuns}). */
    public XhtmlRenderer(Layout layout, ScriptFonts scripts) {
        this(layout, Optional.of(scripts));
    }

    private XhtmlRenderer(Layout layout, Optional<ScriptFonts> scripts) {
        this.layout = layout;
        this.scriptRuns = scripts.map(ScriptRuns::new);
        freemarker = new Configuration(FREEMARKER_RULES);
        freemarker.setTemplateLoader(templateLoader(layout));
        freemarker.setRecognizeStandardFileExtensions(true);
        freemarker.setDefaultEncoding("UTF-8");
        freemarker.setLocale(Locale.ROOT);
        freemarker.setNumberFormat("computer");
        freemarker.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        freemarker.setLogTemplateExceptions(false);
        freemarker.setWrapUncheckedExceptions(true);
        freemarker.setFallbackOnNullLoopVariable(false);
        freemarker.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
        freemarker.setAPIBuiltinEnabled(false);
        freemarker.setObjectWrapper(new DefaultObjectWrapperBuilder(FREEMARKER_RULES).build());
        mainLayout = Background.start("handouts-layout", () -> freemarker.getTemplate(MAIN_LAYOUT));
    }

    private static TemplateLoader templateLoader(Layout layout) {
        List<TemplateLoader> loaders = new ArrayList<>();
        layout.userStyles().ifPresent(dir -> {
            try {
                loaders.add(new FileTemplateLoader(dir.toFile()));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot use styles folder " + dir, e);
            }
        });
        loaders.add(new ClassTemplateLoader(XhtmlRenderer.class, "/styles"));
        return new MultiTemplateLoader(loaders.toArray(TemplateLoader[]::new));
    }

    /** The article as one XHTML document; a layout fault names the template line. */
    public Xhtml render(Article article, Clinic clinic) {
        StringWriter out = new StringWriter(32 * 1024);
        List<Asset> assets = new ArrayList<>();
        Map<String, Object> model = new HashMap<>(Map.of("article", article, "clinic", clinic,
                "typeset", Typography.INSTANCE,
                "labels", labels(article.language()), "direction", TextDirection.of(article.language())));
        if (clinic.logo() != null) {
            assets.add(clinic.logo());
        }
        if (!article.onlineUrl().isEmpty()) {
            Asset qr = QrCode.of(article.onlineUrl());
            assets.add(qr);
            model.put("qrCode", qr.fileName());
        }
        try {
            Background.join(mainLayout, IOException.class).process(Collections.unmodifiableMap(model), out);
        } catch (TemplateException e) {
            throw new HandoutsException(ExitCode.FAILURE, "layout " + e.getTemplateSourceName() + ":" + e.getLineNumber() + ":"
                    + e.getColumnNumber() + ": " + e.getMessageWithoutStackTop(), e);
        } catch (IOException e) {
            throw new HandoutsException(ExitCode.FAILURE, "cannot read layout " + MAIN_LAYOUT + ": " + e.getMessage(), e);
        }
        String text = out.toString();
        Document document = parse(text);
        QuotesAndSpacing.apply(document, labels(article.language()).formats(), article.language());
        scriptRuns.ifPresent(runs -> runs.wrap(document));
        return new Xhtml(text, document, assets);
    }

    /** The label catalogue of a language, read once per run. */
    public Labels labels(String language) {
        return labels.computeIfAbsent(language, l -> Labels.of(layout, l));
    }

    /** Parses the layout's output; no DTDs or external entities, so nothing outside the text is ever read. */
    private static Document parse(String text) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(null);
            return builder.parse(new InputSource(new StringReader(text)));
        } catch (SAXException e) {
            throw new HandoutsException(ExitCode.FAILURE, "the layouts produced malformed XHTML: " + e.getMessage(), e);
        } catch (ParserConfigurationException | IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
