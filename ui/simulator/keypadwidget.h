#pragma once

#include <QHash>
#include <QWidget>

class QPushButton;

namespace voicepay::ui {

// A phone keypad: 1-9, *, 0, # with their letters; the keyboard's digits, '*' and '#' are shortcuts while
// the keypad's window is active.
class KeypadWidget : public QWidget
{
    Q_OBJECT
public:
    explicit KeypadWidget(QWidget* parent = nullptr);

    QPushButton* button(QChar key) const { return m_buttons.value(key); }

signals:
    void keyPressed(QChar key);

private:
    QHash<QChar, QPushButton*> m_buttons;
};

} // namespace voicepay::ui
