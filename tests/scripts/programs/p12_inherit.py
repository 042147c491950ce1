class Animal:
    count = 0
    def __init__(self, name, sound="..."):
        self.name = name
        self._sound = sound
        Animal.count += 1
    def speak(self):
        return f"{self.name} says {self._sound}"
    def __repr__(self):
        return f"{type(self).__name__}({self.name!r})"
    def __str__(self):
        return f"<{self.name}>"
class Dog(Animal):
    def __init__(self, name, breed):
        super().__init__(name, "woof")
        self.breed = breed
    def speak(self):
        return super().speak() + "!"
class Puppy(Dog):
    def speak(self):
        return super().speak().upper()
class Cat(Animal):
    def __init__(self, name):
        super(Cat, self).__init__(name, "meow")
pets = [Dog("rex", "lab"), Cat("tom"), Puppy("bit", "pug"), Animal("thing")]
for p in pets:
    print(repr(p), str(p), p.speak())
print(pets)
print(Animal.count, isinstance(pets[2], Dog), issubclass(Puppy, Animal), issubclass(Cat, Dog))
print(Puppy.__mro__)
print([c.__name__ for c in Puppy.mro()])
print(Dog.__bases__, Puppy.__name__, Puppy.__qualname__)
print(hasattr(pets[0], "breed"), getattr(pets[1], "breed", "n/a"))
class A:
    def who(self): return "A"
class B(A):
    def who(self): return "B" + super().who()
class C(A):
    def who(self): return "C" + super().who()
class D(B, C):
    def who(self): return "D" + super().who()
print(D().who(), [k.__name__ for k in D.__mro__])
print(vars(pets[0]))
setattr(pets[1], "lives", 9)
print(pets[1].lives, pets[1].__dict__)
delattr(pets[1], "lives")
print("lives" in pets[1].__dict__, type(pets[0]) is Dog, type(pets[0]) == Animal)
