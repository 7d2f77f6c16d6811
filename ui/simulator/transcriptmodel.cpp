#include "simulator/transcriptmodel.h"

#include "widgets/theme.h"

#include <QFont>
#include <QFontMetrics>
#include <QSize>

namespace voicepay::ui {

TranscriptModel::TranscriptModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void TranscriptModel::clear()
{
    beginResetModel();
    m_lines.clear();
    m_callerOpen = false;
    endResetModel();
}

void TranscriptModel::add(qint64 atMs, Source source, const QString& text)
{
    const int row = int(m_lines.size());
    beginInsertRows({}, row, row);
    m_lines << Line { atMs, source, text };
    endInsertRows();
    m_callerOpen = false;
}

void TranscriptModel::appendToCaller(qint64 atMs, const QString& text)
{
    if (!m_callerOpen || m_lines.isEmpty()) {
        add(atMs, Source::Caller, text);
        m_callerOpen = true;
        return;
    }
    m_lines.last().text += text;
    const QModelIndex changed = index(int(m_lines.size()) - 1, TextColumn);
    emit dataChanged(changed, changed, { Qt::DisplayRole });
}

int TranscriptModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_lines.size());
}

int TranscriptModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString TranscriptModel::sourceName(Source source) const
{
    switch (source) {
    case Source::Prompt:
        return tr("IVR");
    case Source::Caller:
        return tr("Caller");
    case Source::Gateway:
        return tr("Gateway");
    case Source::Flow:
        return tr("Flow");
    }
    return QString();
}

QVariant TranscriptModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const Line& line = m_lines.at(index.row());
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (index.column()) {
        case TimeColumn:
            return QStringLiteral("%1.%2")
                .arg(line.atMs / 1000, 3, 10, QLatin1Char(' '))
                .arg((line.atMs % 1000) / 100);
        case SourceColumn:
            return sourceName(line.source);
        case TextColumn:
            return line.text;
        }
    }
    if (role == Qt::ForegroundRole && index.column() == SourceColumn) {
        switch (line.source) {
        case Source::Prompt:
            return Theme::accent();
        case Source::Caller:
            return Theme::warning();
        case Source::Gateway:
            return Theme::success();
        case Source::Flow:
            return Theme::muted();
        }
    }
    if (role == Qt::FontRole && index.column() == SourceColumn) {
        QFont f;
        f.setBold(true);
        return f;
    }
    if (role == Qt::TextAlignmentRole && index.column() == TimeColumn) {
        return int(Qt::AlignRight | Qt::AlignTop);
    }
    return {};
}

QVariant TranscriptModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal) {
        return {};
    }
    if (role == Qt::SizeHintRole && section == SourceColumn) {
        // As wide as the widest name in bold, so that "Caller" is never cut to "Ca…" whatever rows the
        // view measured when it last sized its columns.
        QFont bold;
        bold.setBold(true);
        const QFontMetrics metrics(bold);
        int widest = metrics.horizontalAdvance(tr("Who"));
        for (Source s : { Source::Prompt, Source::Caller, Source::Gateway, Source::Flow }) {
            widest = qMax(widest, metrics.horizontalAdvance(sourceName(s)));
        }
        return QSize(widest + 3 * metrics.averageCharWidth(), 0);
    }
    if (role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case TimeColumn:
        return tr("Time (s)");
    case SourceColumn:
        return tr("Who");
    case TextColumn:
        return tr("What");
    }
    return {};
}

QString TranscriptModel::plainText() const
{
    QStringList out;
    for (const Line& l : m_lines) {
        out << sourceName(l.source) + QStringLiteral(": ") + l.text;
    }
    return out.join(u'\n');
}

} // namespace voicepay::ui
