#pragma once

#include <QString>
#include <qcustomplot.h>

namespace traceload {

// A labelled band across the full height of a plot between two x coordinates: how the
// figures mark a phase of a replay (the warm-up, the drain).
class PhaseShade
{
public:
    // The label goes at the top of the band, or halfway down (out of the legend's way).
    PhaseShade(QCustomPlot* plot, const QString& label, int alpha, bool labelAtTop = true)
        : m_rect(new QCPItemRect(plot)), m_text(new QCPItemText(plot)),
          m_labelY(labelAtTop ? 0.01 : 0.5)
    {
        m_rect->topLeft->setTypeY(QCPItemPosition::ptAxisRectRatio);
        m_rect->bottomRight->setTypeY(QCPItemPosition::ptAxisRectRatio);
        m_rect->setPen(Qt::NoPen);
        m_rect->setBrush(QColor(0, 0, 0, alpha));
        m_text->position->setTypeY(QCPItemPosition::ptAxisRectRatio);
        m_text->setPositionAlignment(Qt::AlignHCenter |
                                     (labelAtTop ? Qt::AlignTop : Qt::AlignVCenter));
        m_text->setColor(QColor(0x66, 0x66, 0x66));
        m_text->setText(label);
        hide();
    }

    void show(double from, double to)
    {
        m_rect->topLeft->setCoords(from, 0);
        m_rect->bottomRight->setCoords(to, 1);
        m_text->position->setCoords((from + to) / 2, m_labelY);
        m_rect->setVisible(true);
        m_text->setVisible(true);
    }
    void hide()
    {
        m_rect->setVisible(false);
        m_text->setVisible(false);
    }
    void setFont(const QFont& font) { m_text->setFont(font); }

private:
    QCPItemRect* m_rect; // owned by the plot
    QCPItemText* m_text;
    double m_labelY;
};

} // namespace traceload
