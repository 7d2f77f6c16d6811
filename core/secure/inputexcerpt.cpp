#include "inputexcerpt.h"

namespace voicepay {

QString maskedExcerpt(const QString& text, qsizetype position, qsizetype radius)
{
    const qsizetype from = std::max<qsizetype>(0, position - radius);
    const qsizetype to = std::min<qsizetype>(text.size(), position + radius + 1);
    QString out;
    if (from > 0) {
        out += QStringLiteral("...");
    }
    for (qsizetype i = from; i < to; ++i) {
        const QChar c = text.at(i);
        out += c.isDigit() ? QLatin1Char('*') : (c.isPrint() ? c : QChar(u'?'));
    }
    if (to < text.size()) {
        out += QStringLiteral("...");
    }
    return out;
}

} // namespace voicepay
