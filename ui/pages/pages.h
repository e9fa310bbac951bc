#pragma once

#include <QVector>

#include <functional>

class QWidget;

namespace tongxin {

class Page;

/// The pages of the main window's sidebar, one factory each, in sidebar order. The shell creates
/// pages from this list and never includes a page itself; pages that ask another page to do
/// something (Page::pageRequested) name it by its id.
class Pages final
{
public:
    using Factory = std::function<Page *(QWidget *parent)>;
    static const QVector<Factory> &factories();
};

} // namespace tongxin
