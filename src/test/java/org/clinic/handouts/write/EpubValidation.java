package org.clinic.handouts.write;

import com.adobe.epubcheck.api.EPUBLocation;
import com.adobe.epubcheck.api.EpubCheck;
import com.adobe.epubcheck.api.MasterReport;
import com.adobe.epubcheck.messages.Message;
import com.adobe.epubcheck.messages.Severity;
import com.adobe.epubcheck.util.FeatureEnum;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Runs the W3C's EPUBCheck on a file and keeps every message above INFO, with where it was found. */
final class EpubValidation extends MasterReport {
    private final List<String> problems = new ArrayList<>();

    static List<String> problemsIn(Path epub) {
        EpubValidation report = new EpubValidation();
        new EpubCheck(epub.toFile(), report).doValidate();
        return report.problems;
    }

    @Override
    public void message(Message message, EPUBLocation location, Object... args) {
        Severity severity = message.getSeverity();
        if (severity == Severity.FATAL || severity == Severity.ERROR || severity == Severity.WARNING) {
            problems.add(severity + " " + message.getID() + ": " + message.getMessage(args) + " at " + location);
        }
    }

    @Override
    public void info(String resource, FeatureEnum feature, String value) {
    }

    @Override
    public int generate() {
        return 0;
    }

    @Override
    public void initialize() {
    }
}
