#pragma once

class QListWidget;
class QWidget;

namespace tongxin {

/// Keeps a top-level window on the screen it opens on: a geometry saved on a larger screen is
/// shrunk to the available area and moved inside it (never off the edge, never under a panel).
void fitToScreen(QWidget *window);

/// The width a sidebar list needs to show every item's whole text (icon, padding and margins
/// of the sidebar's style sheet included), at least `minimum`.
int sidebarWidth(const QListWidget *list, int minimum);

} // namespace tongxin
