#include "segmenttable.h"

#include "prompts/promptlanguage.h"
#include "prompts/prompttext.h"

#include <QHash>
#include <QSet>

namespace voicepay {

namespace {

QList<SpokenSegment> build(const QString& language)
{
    QList<SpokenSegment> out;
    QSet<QString> seen;
    auto add = [&out, &seen](const QString& id, const QString& text) {
        if (!id.isEmpty() && !text.isEmpty() && !seen.contains(id)) {
            seen.insert(id);
            out << SpokenSegment { id, text };
        }
    };
    for (const Phrase& p : PromptText::phrases(language)) {
        add(p.id, p.text);
    }
    for (const SpokenWord& w : PromptLanguage::reader(language).vocabulary()) {
        add(w.id, w.words);
    }
    return out;
}

struct Table
{
    QList<SpokenSegment> segments;
    QHash<QString, QString> byId;
};

const Table& table(const QString& language)
{
    static const QHash<QString, Table> tables = [] {
        QHash<QString, Table> out;
        for (const QString& code : PromptLanguage::available()) {
            Table t { build(code), {} };
            for (const SpokenSegment& s : t.segments) {
                t.byId.insert(s.id, s.text);
            }
            out.insert(code, t);
        }
        return out;
    }();
    return *tables.find(PromptLanguage::wording(language).code);
}

} // namespace

const QList<SpokenSegment>& SegmentTable::all(const QString& language)
{
    return table(language).segments;
}

QString SegmentTable::text(const QString& id, const QString& language)
{
    return table(language).byId.value(id);
}

QString SegmentTable::numberId(int n)
{
    return QStringLiteral("num_") + QString::number(n);
}

QString SegmentTable::currencyId(const QString& code, bool minor, bool plural)
{
    return QStringLiteral("cur_") + code.toLower() + (minor ? QStringLiteral("_minor") : QString())
        + (plural ? QStringLiteral("_many") : QStringLiteral("_one"));
}

QString SegmentTable::monthId(int month)
{
    return QStringLiteral("month_") + QString::number(month);
}

QString SegmentTable::brandId(const QString& brand)
{
    return QStringLiteral("brand_") + brand;
}

QString SegmentTable::characterId(QChar c)
{
    const QStringList ids = PromptLanguage::reader(PromptLanguage::fallback()).characters(QString(c)).ids();
    return ids.isEmpty() ? QString() : ids.first();
}

QString SegmentTable::maskedDigitId()
{
    return QStringLiteral("masked_digit");
}

QString SegmentTable::andId()
{
    return QStringLiteral("word_and");
}

QString SegmentTable::ohId()
{
    return QStringLiteral("word_oh");
}

QString SegmentTable::hundredId()
{
    return QStringLiteral("num_hundred");
}

QString SegmentTable::thousandId()
{
    return QStringLiteral("num_thousand");
}

QString SegmentTable::millionId()
{
    return QStringLiteral("num_million");
}

QString SegmentTable::billionId()
{
    return QStringLiteral("num_billion");
}

} // namespace voicepay
