service-name = Online complaint
reference-label = Reference { $reference }
