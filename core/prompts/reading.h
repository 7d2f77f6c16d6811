#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace voicepay {

// One recorded segment of a reading: its id in the language's prompt set and the words it says.
struct SpokenWord
{
    QString id; // "num_21", "cur_eur_many"
    QString words; // "vingt et un", "euros"
    bool joined = false; // written without a space after the previous word (German compounds)

    friend bool operator==(const SpokenWord& a, const SpokenWord& b)
    {
        return a.id == b.id && a.words == b.words && a.joined == b.joined;
    }
};

// How a number, an amount, a date or a digit string is said: the segments in order, and the text they make.
struct Reading
{
    QList<SpokenWord> words;

    QString text() const;
    QStringList ids() const;
    bool isEmpty() const { return words.isEmpty(); }

    Reading& operator<<(const SpokenWord& word);
    Reading& operator<<(const Reading& other);
};

} // namespace voicepay
