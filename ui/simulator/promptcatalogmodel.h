#pragma once

#include <QAbstractTableModel>
#include <QSet>

namespace voicepay::ui {

// Every variant of the prompt catalogue with an example rendering, and whether the scenario suite played it.
class PromptCatalogModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { IdColumn, StepColumn, SituationColumn, BrandColumn, PlayedColumn, TextColumn, ColumnCount };
    enum Role { VariantIdRole = Qt::UserRole + 1, PlayedRole };

    explicit PromptCatalogModel(QObject* parent = nullptr);

    // The variants the suite played; until it is set, the played column reads "not checked".
    void setPlayed(const QSet<QString>& played);
    bool coverageKnown() const { return m_known; }
    int missingCount() const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QStringList m_texts; // example renderings, made once
    QSet<QString> m_played;
    bool m_known = false;
};

} // namespace voicepay::ui
