from paperlist.cli.app import main

main()
