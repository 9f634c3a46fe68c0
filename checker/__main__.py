from checker.cli import main_exit

main_exit()
