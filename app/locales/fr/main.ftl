service-name = Plainte en ligne
