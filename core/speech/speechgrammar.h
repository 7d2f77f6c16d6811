#pragma once

#include "flow/step.h"

#include <QString>
#include <QStringList>
#include <optional>

namespace voicepay {

// What a recogniser may hear at one collection step: a JSGF grammar generated from the flow's own vocabulary
// (VoiceInput's menu words, digits, dates and amounts as people say them), and the reading of a recognised
// phrase into the utterance the flow's say() takes. Only digits, keys and menu words leave interpret(): the
// words of a spoken card number stay with the caller of interpret(), which wipes them.
class SpeechGrammar
{
public:
    // currencyWords: how amounts end ("dollars", "dollar"); the flow's currency names them.
    static SpeechGrammar forStep(Step step, const QStringList& currencyWords = defaultCurrencyWords());
    static QStringList defaultCurrencyWords();
    static QStringList currencyWordsFor(const QString& currencyCode);

    Step step() const { return m_step; }
    QString name() const { return m_name; } // the step's name: also the grammar's and the search's name
    QString jsgf() const { return m_jsgf; }
    QStringList words() const; // every word the grammar uses, sorted, once each
    bool sensitive() const; // the answer is card data or a PIN

    // The utterance for PaymentFlow::say(), or nothing when these words cannot answer this step (a card
    // number that fails the Luhn check, a thirteenth month): the recogniser then tries its next hypothesis.
    std::optional<QString> interpret(const QString& hypothesis) const;

private:
    Step m_step = Step::CardNumber;
    QString m_name;
    QString m_jsgf;
    QStringList m_currencyWords;
};

} // namespace voicepay
