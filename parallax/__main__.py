from parallax.cli import main

if __name__ == "__main__":
    main()
