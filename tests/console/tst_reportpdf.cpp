// The PDF report read back as its reader sees it: poppler's pdftotext (layout kept) shows every header word
// whole and apart from its neighbours, the totals row and the statement of period and filters; pdftoppm
// renders each page. English and German (the longer labels).
#include "dashboards/kpitablemodel.h"
#include "dashboards/reportexporter.h"

#include <QDateTime>
#include <QDir>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QTranslator>

using namespace voicepay;
using namespace voicepay::ui;

namespace {
// Large figures, so that the columns hold their widest numbers beside their headers.
KpiCounters counters(qint64 scale)
{
    KpiCounters c;
    c.add(QStringLiteral("success"), 123456 * scale, 95000LL * 123456 * scale, 130000 * scale, 0);
    c.add(QStringLiteral("declined"), 23456 * scale, 70000LL * 23456 * scale, 40000 * scale, 23456 * scale);
    c.add(QStringLiteral("hangup"), 3456 * scale, 20000LL * 3456 * scale, 0, 0);
    return c;
}

// Runs a poppler tool; its standard output, or a failure.
QByteArray run(const QString& tool, const QStringList& arguments)
{
    QProcess p;
    p.start(tool, arguments);
    if (!p.waitForFinished(20000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        qWarning("%s failed: %s", qPrintable(tool), p.readAllStandardError().constData());
        return {};
    }
    return p.readAllStandardOutput();
}

// The words of each line of `text`, split where the layout leaves a gap.
QList<QStringList> wordsByLine(const QString& text)
{
    QList<QStringList> lines;
    for (const QString& line : text.split(u'\n')) {
        lines << line.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
    }
    return lines;
}
} // namespace

class TestReportPdf : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // poppler-utils (scripts/install-deps.sh --test) reads the PDF as a person would.
        QVERIFY2(
            !QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty(), "pdftotext is missing");
        QVERIFY2(
            !QStandardPaths::findExecutable(QStringLiteral("pdftoppm")).isEmpty(), "pdftoppm is missing");
    }

    void headerWordsTotalsAndStatementRead_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("English") << QString();
        QTest::newRow("German") << QStringLiteral("de");
    }

    void headerWordsTotalsAndStatementRead()
    {
        QFETCH(QString, language);
        QTranslator translator;
        if (!language.isEmpty()) {
            QVERIFY(translator.load(QStringLiteral(":/i18n/voicepay_%1.qm").arg(language)));
            QVERIFY(QCoreApplication::installTranslator(&translator));
        }
        // Sixty days: the series runs over a page, so the header is repeated there.
        const QDateTime first(QDate(2026, 3, 1), QTime(0, 0), QTimeZone::utc());
        QList<KpiPoint> points;
        for (int day = 0; day < 60; ++day) {
            points << KpiPoint { first.addDays(day).toMSecsSinceEpoch(), counters(1 + day % 3), 0 };
        }
        KpiTableModel series;
        series.setSeries(points, Granularity::Day);
        KpiTableModel split;
        split.setSplit({ { QStringLiteral("American Express"), counters(40) },
                           { QStringLiteral("Visa"), counters(80) } },
            QStringLiteral("-"));
        const QStringList statement { QStringLiteral("Period: 2026-03-01 to 2026-04-30, by day"),
            QStringLiteral("Site: all sites"), QStringLiteral("Test calls: left out"),
            QStringLiteral("Split by: Brand") };
        const QString pdf = m_dir.filePath(QStringLiteral("report-%1.pdf").arg(QTest::currentDataTag()));
        QString why;
        QVERIFY2(ReportExporter::writePdf(
                     QStringLiteral("VoicePay KPI report"), statement, {}, { &series, &split }, pdf, &why),
            qPrintable(why));

        QStringList headerWords;
        for (int c = 0; c < series.columnCount(); ++c) {
            headerWords << series.headerData(c, Qt::Horizontal).toString().split(u' ', Qt::SkipEmptyParts);
        }
        const QString totals = series.totalsLabel();
        const QString grandTotal = series.totalsData(KpiTableModel::EnteredColumn).toString();
        const QString splitTotal = split.totalsData(KpiTableModel::EnteredColumn).toString();
        QCoreApplication::removeTranslator(&translator);

        const QString text = QString::fromUtf8(run(QStringLiteral("pdftotext"),
            { QStringLiteral("-layout"), QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf,
                QStringLiteral("-") }));
        QVERIFY2(!text.isEmpty(), "pdftotext read nothing");
        // Every header word stands alone on the page: none clipped, none run into the next.
        const QList<QStringList> lines = wordsByLine(text);
        QStringList words;
        for (const QStringList& l : lines) {
            words << l;
        }
        for (const QString& w : headerWords) {
            QVERIFY2(words.count(w) >= 2, // the series' header, repeated on the next page, and the split's
                qPrintable(QStringLiteral("\"%1\" is not whole in:\n%2").arg(w, text)));
        }
        for (const QString& line : statement) {
            QVERIFY2(text.contains(line), qPrintable(line));
        }
        // The totals rows, each with the sum of its table.
        int totalRows = 0;
        for (const QStringList& l : lines) {
            if (!l.isEmpty() && l.first() == totals) {
                ++totalRows;
                QVERIFY2(l.size() >= 2 && (l.at(1) == grandTotal || l.at(1) == splitTotal),
                    qPrintable(l.join(u' ')));
            }
        }
        QCOMPARE(totalRows, 2);

        // And each page renders as a picture.
        const QString prefix = m_dir.filePath(QStringLiteral("page-%1").arg(QTest::currentDataTag()));
        run(QStringLiteral("pdftoppm"),
            { QStringLiteral("-png"), QStringLiteral("-r"), QStringLiteral("80"), pdf, prefix });
        const QStringList pages
            = QDir(m_dir.path())
                  .entryList({ QStringLiteral("page-%1*.png").arg(QTest::currentDataTag()) }, QDir::Files);
        QVERIFY2(pages.size() >= 2, qPrintable(pages.join(u' ')));
        if (qEnvironmentVariableIsSet("VOICEPAY_REPORT_DIR")) { // keep the pages to look at
            const QDir keep(qEnvironmentVariable("VOICEPAY_REPORT_DIR"));
            for (const QString& page : pages) {
                QFile::copy(m_dir.filePath(page), keep.filePath(page));
            }
        }
    }
};

QTEST_MAIN(TestReportPdf)
#include "tst_reportpdf.moc"
