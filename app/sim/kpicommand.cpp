#include "runsetup.h"
#include "simcommands.h"
#include "store/kpiquery.h"

#include <QDateTime>
#include <QFile>
#include <QJsonDocument>
#include <QRegularExpression>
#include <cmath>
#include <optional>
#include <tuple>

namespace voicepay::sim {

namespace {

// "now", "-7d" / "-12h" / "-30m" before now, or an ISO date or date-time (UTC unless it says otherwise).
std::optional<qint64> parseTime(const QString& text, qint64 nowMs)
{
    if (text == u"now") {
        return nowMs;
    }
    static const QRegularExpression relative(QStringLiteral("^-(\\d+)([mhd])$"));
    const auto m = relative.match(text);
    if (m.hasMatch()) {
        const qint64 unit = m.captured(2) == u"m" ? 60000 : m.captured(2) == u"h" ? 3600000 : 86400000;
        return nowMs - m.captured(1).toLongLong() * unit;
    }
    QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!t.isValid()) {
        const QDate d = QDate::fromString(text, Qt::ISODate);
        if (!d.isValid()) {
            return std::nullopt;
        }
        t = QDateTime(d, QTime(0, 0), Qt::UTC);
    } else if (t.timeSpec() == Qt::LocalTime) {
        t.setTimeSpec(Qt::UTC);
    }
    return t.toMSecsSinceEpoch();
}

QString iso(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODate);
}

QString seconds(double ms)
{
    return QString::number(ms / 1000.0, 'f', 1) + QLatin1Char('s');
}

void printSplit(const QString& title, const QMap<QString, KpiCounters>& split)
{
    out() << "\n"
          << title.leftJustified(22)
          << QStringLiteral("%1 %2 %3 %4 %5\n")
                 .arg(u"entered"_qs, 9)
                 .arg(u"successful"_qs, 11)
                 .arg(u"unsuccessful"_qs, 13)
                 .arg(u"attempted"_qs, 10)
                 .arg(u"hang-ups"_qs, 9);
    for (auto it = split.begin(); it != split.end(); ++it) {
        const KpiCounters& c = it.value();
        out() << "  " << (it.key().isEmpty() ? u"(none)"_qs : it.key()).leftJustified(20)
              << QStringLiteral("%1 %2 %3 %4 %5\n")
                     .arg(c.entered, 9)
                     .arg(c.successful, 11)
                     .arg(c.unsuccessful, 13)
                     .arg(c.attempted, 10)
                     .arg(c.hangUps, 9);
    }
}

void printTable(const KpiReport& r)
{
    const KpiCounters& t = r.totals;
    out() << "KPIs " << iso(r.range.firstBucket() * 1000) << " .. " << iso(r.range.endBucket() * 1000)
          << " (by " << granularityName(r.range.by) << ")\n\n";
    out() << "  entered           " << t.entered << "\n"
          << "  successful        " << t.successful << "\n"
          << "  unsuccessful      " << t.unsuccessful << "\n"
          << "  attempted         " << t.attempted << "\n"
          << "  hang-ups          " << t.hangUps << "\n"
          << "  pending           " << t.pending << "\n"
          << "  declines          " << t.declines << "\n"
          << "  rate per minute   " << QString::number(r.ratePerMinute, 'f', 2) << "\n";
    out() << "\noutcome               sessions  avg duration     p50     p90\n";
    for (auto it = t.byOutcome.begin(); it != t.byOutcome.end(); ++it) {
        const DurationPercentiles d = r.durationByOutcome.value(it.key());
        out() << "  " << it.key().leftJustified(20) << QString::number(it.value().sessions).rightJustified(8)
              << seconds(it.value().averageMs()).rightJustified(14)
              << seconds(double(d.p50Ms)).rightJustified(8) << seconds(double(d.p90Ms)).rightJustified(8)
              << "\n";
    }
    printSplit(u"by call type"_qs, r.byCallType);
    printSplit(u"by brand"_qs, r.byBrand);
    printSplit(u"by exit"_qs, r.byExit);
    printSplit(u"by config version"_qs, r.byConfigVersion);
    if (r.bySite.size() > 1) {
        printSplit(u"by site"_qs, r.bySite);
    }
    out() << "\nfunnel                 reached  ended here\n";
    for (const FunnelStep& f : r.funnel) {
        QStringList ended;
        for (auto it = f.endedHere.begin(); it != f.endedHere.end(); ++it) {
            ended << QStringLiteral("%1 %2").arg(it.key()).arg(it.value());
        }
        out() << "  " << f.step.leftJustified(20) << QString::number(f.reached).rightJustified(8) << "  "
              << ended.join(u", "_qs) << "\n";
    }
    out() << "\nerrors per step and kind\n";
    for (const ErrorCount& e : r.errors) {
        out() << "  " << e.step.leftJustified(20) << e.kind.leftJustified(20) << e.count << "\n";
    }
    out() << "\ndeclines by reason\n";
    for (auto it = r.declinesByReason.begin(); it != r.declinesByReason.end(); ++it) {
        out() << "  " << it.key().leftJustified(40) << it.value() << "\n";
    }
    out() << "\n"
          << QStringLiteral("bucket").leftJustified(22)
          << "entered successful unsuccessful attempted hang-ups  per minute\n";
    for (const KpiPoint& p : r.series) {
        const KpiCounters& c = p.counters;
        out() << "  " << iso(p.bucketMs).leftJustified(20)
              << QStringLiteral("%1 %2 %3 %4 %5 %6\n")
                     .arg(c.entered, 7)
                     .arg(c.successful, 10)
                     .arg(c.unsuccessful, 12)
                     .arg(c.attempted, 9)
                     .arg(c.hangUps, 8)
                     .arg(p.ratePerMinute, 11, 'f', 2);
    }
}

void printCsv(const KpiReport& r)
{
    out() << "bucket,entered,successful,unsuccessful,attempted,hang_ups,declines,rate_per_minute\n";
    for (const KpiPoint& p : r.series) {
        const KpiCounters& c = p.counters;
        out() << iso(p.bucketMs) << ',' << c.entered << ',' << c.successful << ',' << c.unsuccessful << ','
              << c.attempted << ',' << c.hangUps << ',' << c.declines << ','
              << QString::number(p.ratePerMinute, 'f', 4) << "\n";
    }
}
const QString kKpiUsage = QStringLiteral("usage: voicepay-sim kpi [--db URL] [--from T] [--to T] [--by "
                                         "minute|hour|day|month] [--format table|json|csv] "
                                         "[--site SITE] [--version CONFIG_VERSION] [--sessions] "
                                         "[--include-tests]");

struct KpiArgs
{
    QString db;
    QString from;
    QString to;
    QString by;
    QString format = QStringLiteral("table");
    KpiFilter filter;
    bool sessions = false;
};

// The arguments; null with the message for usageError().
std::optional<KpiArgs> parseKpiArgs(const QStringList& args, QString* error)
{
    KpiArgs k;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString& a = args.at(i);
        if (a == u"--sessions") {
            k.sessions = true;
            continue;
        }
        if (a == u"--include-tests") { // simulated calls too (the console's simulator, scenario runs)
            k.filter.includeTests = true;
            continue;
        }
        if (!a.startsWith(u"--") || i + 1 >= args.size()) {
            *error = kKpiUsage;
            return std::nullopt;
        }
        const QString v = args.at(++i);
        QString* slot = a == u"--db" ? &k.db
            : a == u"--from"         ? &k.from
            : a == u"--to"           ? &k.to
            : a == u"--by"           ? &k.by
            : a == u"--format"       ? &k.format
            : a == u"--site"         ? &k.filter.site
            : a == u"--version"      ? &k.filter.configVersion
                                     : nullptr;
        if (!slot) {
            *error = QStringLiteral("unknown option %1\n").arg(a) + kKpiUsage;
            return std::nullopt;
        }
        *slot = v;
    }
    if (k.format != u"table" && k.format != u"json" && k.format != u"csv") {
        *error = QStringLiteral("--format: \"%1\" is not table, json or csv").arg(k.format);
        return std::nullopt;
    }
    return k;
}

// The range the report covers: --from and --to (without them, everything the store holds) and --by.
std::optional<KpiRange> rangeOf(const KpiArgs& k, KpiQuery& query, QString* error)
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const auto span = query.span();
    qint64 from = span ? span->first : now - 86400000;
    qint64 to = span ? span->second + 1 : now;
    for (auto [flag, text, slot] :
        { std::tuple { "--from", &k.from, &from }, std::tuple { "--to", &k.to, &to } }) {
        if (text->isEmpty()) {
            continue;
        }
        const auto t = parseTime(*text, now);
        if (!t) {
            *error = QStringLiteral("%1: \"%2\" is not a time (ISO date or date-time, now, -30m, -12h, -7d)")
                         .arg(QString::fromLatin1(flag), *text);
            return std::nullopt;
        }
        *slot = *t;
    }
    if (to <= from) {
        *error = QStringLiteral("--to must be after --from");
        return std::nullopt;
    }
    KpiRange range { from, to, KpiRange::naturalGranularity(from, to) };
    if (!k.by.isEmpty()) {
        const auto g = granularityFromName(k.by);
        if (!g) {
            *error = QStringLiteral("--by: \"%1\" is not minute, hour, day or month").arg(k.by);
            return std::nullopt;
        }
        range.by = *g;
    }
    return range;
}

} // namespace

int kpiCommand(const QStringList& args)
{
    QString error;
    const auto k = parseKpiArgs(args, &error);
    if (!k) {
        return usageError(error);
    }
    StoreUrl url = StoreUrl::defaultUrl();
    if (!k->db.isEmpty()) {
        const auto parsed = StoreUrl::parse(k->db, &error);
        if (!parsed) {
            return usageError(QStringLiteral("--db: ") + error);
        }
        url = *parsed;
    }
    KpiQuery query(url);
    if (!query.open(&error)) {
        return usageError(error);
    }
    const auto range = rangeOf(*k, query, &error);
    if (!range) {
        return usageError(error);
    }
    if (k->sessions) {
        QFile stdoutFile;
        out().flush();
        if (!stdoutFile.open(stdout, QIODevice::WriteOnly)
            || !query.exportCsv(range->fromMs, range->toMs, k->filter, &stdoutFile)) {
            return usageError(query.lastError());
        }
        return 0;
    }
    const auto report = query.report(*range, k->filter);
    if (!report) {
        return usageError(query.lastError());
    }
    if (k->format == u"json") {
        out() << QString::fromUtf8(QJsonDocument(report->toJson()).toJson(QJsonDocument::Indented));
    } else if (k->format == u"csv") {
        printCsv(*report);
    } else {
        printTable(*report);
    }
    out().flush();
    return 0;
}

} // namespace voicepay::sim
