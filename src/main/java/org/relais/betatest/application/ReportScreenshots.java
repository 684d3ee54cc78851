package org.relais.betatest.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.relais.betatest.domain.Application;
import org.relais.betatest.domain.BetaCall;
import org.relais.betatest.domain.BetaTestRepository;
import org.relais.betatest.domain.Report;
import org.relais.betatest.domain.Screenshot;
import org.relais.platform.error.ConflictException;
import org.relais.platform.error.NotFoundException;
import org.relais.platform.security.Caller;
import org.relais.platform.upload.FileStore;
import org.relais.platform.upload.InspectedFile;
import org.relais.platform.upload.UploadInspector;
import org.relais.platform.upload.UploadRefused;

/**
 * Screenshots joined to a report, under the library's upload rules (type read from the content,
 * stored under its SHA-256 outside the web root, served as an attachment) plus a smaller size cap
 * and images only. They are seen by the holder and the tester alone: a results page, even public,
 * never shows them, since a screen often shows the tester's own account or appointment.
 */
@ApplicationScoped
@Transactional
public class ReportScreenshots {
    static final Set<String> IMAGE_TYPES = Set.of("image/png", "image/jpeg");

    @Inject BetaTestRepository repository;
    @Inject BetaTestService service;
    @Inject BetaTestReports testReports;
    @Inject UploadInspector inspector;
    @Inject FileStore files;
    @Inject Clock clock;

    @Inject
    @ConfigProperty(name = "relais.betatest.screenshot-max-bytes", defaultValue = "5242880")
    long maxBytes;

    /** A screenshot and where its file is. */
    public record ScreenshotFile(Screenshot screenshot, Path path) {}

    /** The largest screenshot accepted, in bytes. */
    public long maxBytes() {
        return maxBytes;
    }

    /** Joins an uploaded image to the tester's report, while the report may still change. */
    public Screenshot attach(Caller tester, long callId, String fileName, Path upload) {
        Report report = editableReport(tester, callId);
        if (repository.screenshots(report.id()).size() >= Screenshot.PER_REPORT_MAX) {
            throw new ConflictException("betatest.screenshot.too-many", Screenshot.PER_REPORT_MAX);
        }
        long size = upload.toFile().length();
        if (size > maxBytes) {
            throw new UploadRefused(
                    413, fileName, "betatest.screenshot.too-large", maxBytes / (1024 * 1024));
        }
        InspectedFile inspected = inspector.inspect(fileName, upload);
        if (!IMAGE_TYPES.contains(inspected.mediaType())) {
            throw new UploadRefused(415, fileName, "betatest.screenshot.not-image");
        }
        files.store(upload);
        Screenshot screenshot =
                new Screenshot(
                        report.id(),
                        inspected.fileName(),
                        inspected.mediaType(),
                        inspected.size(),
                        inspected.sha256(),
                        clock.instant());
        repository.store(screenshot);
        return screenshot;
    }

    public void remove(Caller tester, long callId, long screenshotId) {
        Report report = editableReport(tester, callId);
        Screenshot screenshot =
                repository
                        .findScreenshot(screenshotId)
                        .filter(s -> s.reportId() == report.id())
                        .orElseThrow(() -> new NotFoundException("betatest.screenshot.not-found"));
        repository.remove(screenshot);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Screenshot> of(long reportId) {
        return repository.screenshots(reportId);
    }

    /** The file, for the holder of the call or the tester; anyone else finds nothing. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public ScreenshotFile open(Optional<Caller> viewer, long screenshotId) {
        Screenshot screenshot =
                repository
                        .findScreenshot(screenshotId)
                        .orElseThrow(() -> new NotFoundException("betatest.screenshot.not-found"));
        Application application =
                repository
                        .findReport(screenshot.reportId())
                        .flatMap(r -> repository.findApplication(r.applicationId()))
                        .orElseThrow();
        BetaCall call = service.call(application.callId());
        boolean allowed =
                viewer.map(
                                c ->
                                        call.isHolder(c.accountId())
                                                || application.testerId() == c.accountId())
                        .orElse(false);
        if (!allowed) {
            throw new NotFoundException("betatest.screenshot.not-found");
        }
        Path path =
                files.open(screenshot.sha256())
                        .orElseThrow(() -> new NotFoundException("betatest.screenshot.not-found"));
        return new ScreenshotFile(screenshot, path);
    }

    private Report editableReport(Caller tester, long callId) {
        BetaCall call = service.call(callId);
        Application application = testReports.selectedApplication(tester, callId);
        Report report =
                repository
                        .findReportOf(application.id())
                        .orElseThrow(
                                () -> new ConflictException("betatest.screenshot.report-first"));
        if (!call.schedule().acceptsReports(clock.instant())
                || call.closedAt() != null
                || report.status() == Report.Status.ACCEPTED) {
            throw new ConflictException("betatest.report.period");
        }
        return report;
    }
}
