#include "sandboxfaultspec.h"

#include <QStringList>

namespace voicepay {

QString sandboxFaultName(SandboxFault fault)
{
    switch (fault) {
    case SandboxFault::None:
        return QStringLiteral("none");
    case SandboxFault::Drop:
        return QStringLiteral("drop");
    case SandboxFault::Http500:
        return QStringLiteral("http500");
    case SandboxFault::Timeout:
        return QStringLiteral("timeout");
    case SandboxFault::Malformed:
        return QStringLiteral("malformed");
    case SandboxFault::Truncated:
        return QStringLiteral("truncated");
    case SandboxFault::Late:
        return QStringLiteral("late");
    }
    return QString();
}

bool SandboxFaultSpec::isEmpty() const
{
    return latencyMaxMs == 0 && total() == 0 && settleSeconds == 0 && pageSize == 0 && processingMs == 0
        && review == 0;
}

namespace {

std::optional<double> parseShare(const QString& text)
{
    bool ok = false;
    double value = 0;
    if (text.isEmpty()) {
        return 1.0;
    }
    if (text.endsWith(QLatin1Char('%'))) {
        value = text.chopped(1).toDouble(&ok) / 100.0;
    } else {
        value = text.toDouble(&ok);
    }
    if (!ok || value < 0 || value > 1) {
        return std::nullopt;
    }
    return value;
}

std::optional<int> parseMs(const QString& text)
{
    bool ok = false;
    const int value = text.toInt(&ok);
    if (!ok || value < 0 || value > 3600000) {
        return std::nullopt;
    }
    return value;
}

QString share(double value)
{
    return QString::number(value * 100, 'g', 6) + QLatin1Char('%');
}

} // namespace

namespace {

QString unknownFault(const QString& name)
{
    return QStringLiteral(
        "unknown fault \"%1\" (latency, drop, http500, timeout, malformed, truncated, late, "
        "hold, late-after, seed, settle, page, processing, review)")
        .arg(name);
}

// The share a fault name sets, or null for a name that is not a fault with a share.
double* shareOf(SandboxFaultSpec& out, const QString& name)
{
    return name == u"drop"     ? &out.drop
        : name == u"http500"   ? &out.http500
        : name == u"timeout"   ? &out.timeout
        : name == u"malformed" ? &out.malformed
        : name == u"truncated" ? &out.truncated
        : name == u"late"      ? &out.late
        : name == u"review"    ? &out.review
                               : nullptr;
}

// The settings that take a value other than a share: timings, settlement, paging and the seed.
bool setSetting(SandboxFaultSpec& out, const QString& name, const QString& value, QString* error)
{
    if (name == u"latency") {
        const QStringList range = value.split(QLatin1Char('-'));
        const auto lo = parseMs(range.first());
        const auto hi = range.size() == 2 ? parseMs(range.last()) : lo;
        if (range.size() > 2 || !lo || !hi || *hi < *lo) {
            *error = QStringLiteral("latency: \"%1\" is not MS or MIN-MAX in milliseconds").arg(value);
            return false;
        }
        out.latencyMinMs = *lo;
        out.latencyMaxMs = *hi;
    } else if (name == u"hold" || name == u"late-after") {
        const auto ms = parseMs(value);
        if (!ms) {
            *error = QStringLiteral("%1: \"%2\" is not a number of milliseconds").arg(name, value);
            return false;
        }
        (name == u"hold" ? out.holdMs : out.lateAfterMs) = *ms;
    } else if (name == u"settle" || name == u"page" || name == u"processing") {
        bool ok = false;
        const int v = value.toInt(&ok);
        const int most = name == u"settle" ? 86400 : name == u"page" ? 1000 : 3600000;
        if (!ok || v < (name == u"page" ? 1 : 0) || v > most) {
            *error = QStringLiteral("%1: \"%2\" is not a whole number up to %3").arg(name, value).arg(most);
            return false;
        }
        (name == u"settle" ? out.settleSeconds : name == u"page" ? out.pageSize : out.processingMs) = v;
    } else if (name == u"seed") {
        bool ok = false;
        out.seed = value.toUInt(&ok);
        if (!ok) {
            *error = QStringLiteral("seed: \"%1\" is not a whole number").arg(value);
            return false;
        }
    } else {
        *error = unknownFault(name);
        return false;
    }
    return true;
}

} // namespace

std::optional<SandboxFaultSpec> SandboxFaultSpec::parse(const QString& spec, QString* error)
{
    SandboxFaultSpec out;
    const QStringList items = spec.split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString& rawItem : items) {
        const QString item = rawItem.trimmed();
        const qsizetype eq = item.indexOf(QLatin1Char('='));
        const QString name = (eq < 0 ? item : item.left(eq)).trimmed();
        const QString value = eq < 0 ? QString() : item.mid(eq + 1).trimmed();
        if (eq >= 0 && value.isEmpty()) {
            *error = QStringLiteral("fault \"%1\" has an empty value").arg(name);
            return std::nullopt;
        }
        if (double* target = shareOf(out, name)) {
            const auto v = parseShare(value);
            if (!v) {
                *error = QStringLiteral("fault \"%1\": \"%2\" is not a share such as 5% or 0.05")
                             .arg(name, value);
                return std::nullopt;
            }
            *target = *v;
            continue;
        }
        if (value.isEmpty()) {
            *error = unknownFault(name);
            return std::nullopt;
        }
        if (!setSetting(out, name, value, error)) {
            return std::nullopt;
        }
    }
    if (out.total() > 1.0 + 1e-9) {
        *error = QStringLiteral("the fault shares add up to more than 100%");
        return std::nullopt;
    }
    return out;
}

QString SandboxFaultSpec::toString() const
{
    QStringList parts;
    if (latencyMaxMs > 0) {
        parts << (latencyMinMs == latencyMaxMs
                ? QStringLiteral("latency=%1").arg(latencyMinMs)
                : QStringLiteral("latency=%1-%2").arg(latencyMinMs).arg(latencyMaxMs));
    }
    const std::pair<const char*, double> shares[] = { { "drop", drop }, { "http500", http500 },
        { "timeout", timeout }, { "malformed", malformed }, { "truncated", truncated }, { "late", late } };
    for (const auto& [name, value] : shares) {
        if (value > 0) {
            parts << QString::fromLatin1(name) + QLatin1Char('=') + share(value);
        }
    }
    if (timeout > 0) {
        parts << QStringLiteral("hold=%1").arg(holdMs);
    }
    if (late > 0) {
        parts << QStringLiteral("late-after=%1").arg(lateAfterMs);
    }
    if (review > 0) {
        parts << QStringLiteral("review=") + share(review);
    }
    if (settleSeconds > 0) {
        parts << QStringLiteral("settle=%1").arg(settleSeconds);
    }
    if (pageSize > 0) {
        parts << QStringLiteral("page=%1").arg(pageSize);
    }
    if (processingMs > 0) {
        parts << QStringLiteral("processing=%1").arg(processingMs);
    }
    if (!parts.isEmpty()) {
        parts << QStringLiteral("seed=%1").arg(seed);
    }
    return parts.isEmpty() ? QStringLiteral("none") : parts.join(QLatin1Char(','));
}

} // namespace voicepay
