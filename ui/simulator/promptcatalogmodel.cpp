#include "simulator/promptcatalogmodel.h"

#include "prompts/promptcatalog.h"
#include "widgets/theme.h"

namespace voicepay::ui {

PromptCatalogModel::PromptCatalogModel(QObject* parent)
    : QAbstractTableModel(parent)
{
    for (const PromptVariant& v : PromptCatalog::variants()) {
        m_texts << PromptCatalog::example(v.id).text();
    }
}

void PromptCatalogModel::setPlayed(const QSet<QString>& played)
{
    m_played = played;
    m_known = true;
    if (rowCount() > 0) {
        emit dataChanged(index(0, PlayedColumn), index(rowCount() - 1, PlayedColumn));
    }
}

int PromptCatalogModel::missingCount() const
{
    int n = 0;
    for (const PromptVariant& v : PromptCatalog::variants()) {
        n += m_played.contains(v.id) ? 0 : 1;
    }
    return n;
}

int PromptCatalogModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(PromptCatalog::variants().size());
}

int PromptCatalogModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PromptCatalogModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const PromptVariant& v = PromptCatalog::variants().at(index.row());
    const bool played = m_played.contains(v.id);
    if (role == VariantIdRole) {
        return v.id;
    }
    if (role == PlayedRole) {
        return m_known ? QVariant(played) : QVariant();
    }
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (index.column()) {
        case IdColumn:
            return v.id;
        case StepColumn:
            return v.step.isEmpty() ? tr("(call)") : v.step;
        case SituationColumn:
            return v.situation;
        case BrandColumn:
            return v.brand;
        case PlayedColumn:
            return !m_known ? tr("not checked") : played ? tr("played") : tr("never played");
        case TextColumn:
            return m_texts.value(index.row());
        }
    }
    if (role == Qt::ForegroundRole && index.column() == PlayedColumn && m_known) {
        return played ? Theme::success() : Theme::failure();
    }
    return {};
}

QVariant PromptCatalogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case IdColumn:
        return tr("Variant");
    case StepColumn:
        return tr("Step");
    case SituationColumn:
        return tr("Situation");
    case BrandColumn:
        return tr("Brand");
    case PlayedColumn:
        return tr("Suite");
    case TextColumn:
        return tr("Example text");
    }
    return {};
}

} // namespace voicepay::ui
