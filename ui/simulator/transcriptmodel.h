#pragma once

#include <QAbstractTableModel>
#include <QList>

namespace voicepay::ui {

// The call as it happened: prompts as played, the caller's inputs (masked on sensitive steps), gateway
// exchanges and the result. Holds only what may be shown: brand and last four at most.
class TranscriptModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum class Source { Prompt, Caller, Gateway, Flow };
    enum Column { TimeColumn, SourceColumn, TextColumn, ColumnCount };

    explicit TranscriptModel(QObject* parent = nullptr);

    void clear();
    void add(qint64 atMs, Source source, const QString& text);
    // Appends to the last caller line while keys of one entry arrive.
    void appendToCaller(qint64 atMs, const QString& text);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    QString plainText() const; // the transcript as lines, for the clipboard and tests

private:
    struct Line
    {
        qint64 atMs = 0;
        Source source = Source::Flow;
        QString text;
    };
    QString sourceName(Source source) const;
    QList<Line> m_lines;
    bool m_callerOpen = false;
};

} // namespace voicepay::ui
