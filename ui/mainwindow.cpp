#include "ui/mainwindow.h"
namespace pp {
MainWindow::MainWindow(QWidget *parent) : QMainWindow(parent) { }
} // namespace pp
