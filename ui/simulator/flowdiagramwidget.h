#pragma once

#include <QHash>
#include <QPointF>
#include <QSet>
#include <QWidget>

namespace voicepay::ui {

// The flow graph (FlowGraph's nodes and transitions) drawn as boxes and arrows: the transitions the call took
// are drawn strong, the current node is highlighted.
class FlowDiagramWidget : public QWidget
{
    Q_OBJECT
public:
    explicit FlowDiagramWidget(QWidget* parent = nullptr);

    void reset();
    void takeTransition(const QString& from, const QString& to);
    void setCurrent(const QString& node);
    QString current() const { return m_current; }
    bool wasTaken(const QString& from, const QString& to) const;

    static QString nodeLabel(const QString& node);
    // Where a node's box is drawn at the widget's present size.
    QRectF nodeRect(const QString& node) const;
    static QString exitLabel(const QString& exit); // "transfer_to_agent" -> "Transfer to an agent"
    static QString callTypeLabel(const QString& type); // "conference" -> "Agent conference"
    static QString brandLabel(const QString& brand); // "american-express" -> "American Express"

    QSize sizeHint() const override { return { 560, 300 }; }
    QSize minimumSizeHint() const override { return { 360, 220 }; }

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    void placeRow(const QStringList& nodes, qreal y, qsizetype columns);
    QHash<QString, QPointF> m_positions; // centres, as fractions of the drawing area
    QSet<QString> m_visited;
    QList<QPair<QString, QString>> m_taken;
    QString m_current;
};

} // namespace voicepay::ui
