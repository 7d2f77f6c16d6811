#include "prompttext.h"

#include "cards/cardbrand.h"
#include "promptlanguage.h"

#include <QHash>
#include <QVarLengthArray>

namespace voicepay {

namespace {

const Phrase* findPhrase(const QString& id, const QString& language)
{
    // Keyed by the wording itself, which lives as long as the program: a look-up copies nothing.
    using Index = QHash<QString, const Phrase*>;
    static const QHash<const PromptWording*, Index> byLanguage = [] {
        QHash<const PromptWording*, Index> out;
        for (const QString& code : PromptLanguage::available()) {
            const PromptWording& wording = PromptLanguage::wording(code);
            Index index;
            for (const Phrase& p : wording.phrases) {
                index.insert(p.id, &p);
            }
            out.insert(&wording, index);
        }
        return out;
    }();
    const auto it = byLanguage.constFind(&PromptLanguage::wording(language));
    return it == byLanguage.cend() ? nullptr : it->value(id, nullptr);
}

} // namespace

const QList<Phrase>& PromptText::phrases(const QString& language)
{
    return PromptLanguage::wording(language).phrases;
}

QString PromptText::phrase(const QString& id, const QString& language)
{
    const Phrase* p = findPhrase(id, language);
    return p ? p->text : QString();
}

QString PromptText::monthName(int month, const QString& language)
{
    return PromptLanguage::reader(language).monthName(month);
}

QString PromptText::amountText(const Money& money, const QString& language)
{
    const NumberReader& reader = PromptLanguage::reader(language);
    if (reader.language() == PromptLanguage::fallback()) {
        return money.toDisplayString();
    }
    const CurrencyWords names = reader.currencyWords(money.currency());
    const bool one = money.minorUnits() == pow10(money.currency().decimals);
    return money.toDecimalString().replace(QLatin1Char('.'), QLatin1Char(',')) + QLatin1Char(' ')
        + (one ? names.one : names.many);
}

QString PromptText::segmentText(const PromptSegment& s, const QString& language)
{
    switch (s.kind) {
    case PromptSegment::Kind::Phrase:
        return phrase(s.text, language);
    case PromptSegment::Kind::Number:
        return QString::number(s.number);
    case PromptSegment::Kind::Amount:
        return amountText(s.amount, language);
    case PromptSegment::Kind::Date:
        return PromptLanguage::reader(language).dateText(s.month, s.year);
    case PromptSegment::Kind::Digits:
    case PromptSegment::Kind::Characters:
        return s.text;
    case PromptSegment::Kind::CardDigits:
        return QString(QLatin1Char('X')).repeated(qMax<qint64>(0, s.number - s.text.size())) + s.text;
    case PromptSegment::Kind::Brand:
        if (const CardBrand* b = CardBrandTable::standard().find(s.text)) {
            return b->displayName;
        }
        return s.text;
    }
    return QString();
}

QString PromptText::render(const Prompt& prompt)
{
    QVarLengthArray<const Phrase*, 16> phrases;
    for (const PromptSegment& s : prompt.segments) {
        phrases << (s.kind == PromptSegment::Kind::Phrase ? findPhrase(s.text, prompt.language) : nullptr);
    }
    return render(prompt, phrases);
}

QString PromptText::render(const Prompt& prompt, std::span<const Phrase* const> phrases)
{
    // Written into a buffer on the stack and copied once into a string of its own size: a prompt's parts
    // are appended without a function call or a capacity check each, and the string holds no spare room.
    QVarLengthArray<QChar, 256> out;
    auto endsSentence = [&out] {
        const QChar last = out.back();
        return last == QLatin1Char('.') || last == QLatin1Char('?') || last == QLatin1Char('!');
    };
    bool previousWasValue = false;
    for (qsizetype i = 0; i < prompt.segments.size(); ++i) {
        const PromptSegment& s = prompt.segments.at(i);
        const bool isPhrase = s.kind == PromptSegment::Kind::Phrase;
        // A phrase's text is used as it is: no copy for the phrases of every prompt.
        const Phrase* p = isPhrase && size_t(i) < phrases.size() ? phrases[size_t(i)] : nullptr;
        const QString value = isPhrase ? QString() : segmentText(s, prompt.language);
        const QString& part = isPhrase ? (p ? p->text : value) : value;
        if (part.isEmpty()) {
            continue;
        }
        if (!out.isEmpty()) {
            // A value followed by a new sentence ends its own sentence.
            const bool startsSentence = p && !p->continuesSentence && part.at(0).isUpper();
            if (previousWasValue && startsSentence && !endsSentence()) {
                out.append(QLatin1Char('.'));
            }
            out.append(QLatin1Char(' '));
        }
        out.append(part.constData(), part.size());
        previousWasValue = !isPhrase;
    }
    if (!out.isEmpty() && !endsSentence()) {
        out.append(QLatin1Char('.'));
    }
    return QString(out.constData(), out.size());
}

} // namespace voicepay
