#include "placeholder_page.h"

#include <QLabel>
#include <QVBoxLayout>

namespace traceload {

PlaceholderPage::PlaceholderPage(Stage stage, const QString& description, Pipeline* pipeline,
                                 StageJobRunner* jobs, QWidget* parent)
    : StagePage(stage, pipeline, jobs, parent)
{
    auto* label = new QLabel(description, this);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    contentLayout()->addWidget(label, 1);
}

} // namespace traceload
